package co.encadena.api.common.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/**
 * A failure the client can act on. The message is a catalogue key, resolved to Spanish when the problem
 * response is written, so domain and application code never build user-facing text. When the failure is
 * about one field of the request, {@code field} names it (as {@code to[2]} or {@code contact.email}).
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;
    private final String field;
    private final java.util.List<FieldProblem> problems;

    /** One invalid field: where it is and the catalogue key (with arguments) saying what is wrong. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }

    private ApiException(HttpStatus status, @Nullable String field, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.problems = java.util.List.of();
    }

    private ApiException(java.util.List<FieldProblem> problems) {
        super("validation", null, false, false);
        this.status = HttpStatus.BAD_REQUEST;
        this.field = null;
        this.messageKey = "error.validation";
        this.args = new Object[0];
        this.problems = java.util.List.copyOf(problems);
    }

    /** A 400 listing every invalid field at once, so a form can mark them all. */
    public static ApiException invalid(java.util.List<FieldProblem> problems) {
        return new ApiException(problems);
    }

    public java.util.List<FieldProblem> problems() {
        return problems;
    }

    public static ApiException of(HttpStatus status, String messageKey, Object... args) {
        return new ApiException(status, null, messageKey, args);
    }

    public static ApiException notFound(String messageKey, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, null, messageKey, args);
    }

    public static ApiException badRequest(String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, null, messageKey, args);
    }

    /** A 400 about one field of the request. */
    public static ApiException invalidField(String field, String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Nullable
    public String field() {
        return field;
    }
}
