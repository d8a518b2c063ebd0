package co.encadena.api.common.web;

import co.encadena.api.common.Messages;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: every error — an unknown route, malformed JSON, a
 * wrong parameter type, a validation failure, an {@link ApiException} or an unexpected bug — is written as
 * RFC 7807 {@code application/problem+json} with a Spanish message from the catalogue. Library exception
 * messages and stack traces never reach the client; unexpected failures are logged with an id that the
 * response repeats so support can find them.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    private final Messages messages;

    public ProblemResponseProcessor(Messages messages) {
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Problem problem = toProblem(context, response.getStatus());
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Problem> typed = (MutableHttpResponse<Problem>) response;
        return typed.status(problem.status())
                .body(problem)
                .contentType(MediaType.of(Problem.MEDIA_TYPE));
    }

    Problem toProblem(ErrorContext context, HttpStatus status) {
        HttpRequest<?> request = context.getRequest();
        String path = request.getPath();
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isEmpty()) {
            return withoutCause(request, status);
        }
        Throwable error = cause.get();
        if (error instanceof ApiException api && !api.problems().isEmpty()) {
            List<Problem.FieldError> errors = api.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), messages.get(p.messageKey(), p.args())))
                    .toList();
            String detail = errors.size() == 1 ? errors.get(0).message() : messages.get("error.validation");
            return problem(HttpStatus.BAD_REQUEST, detail, path, errors);
        }
        if (error instanceof ApiException api) {
            String detail = messages.get(api.messageKey(), api.args());
            List<Problem.FieldError> errors = api.field() == null
                    ? List.of() : List.of(new Problem.FieldError(api.field(), detail));
            return problem(api.status(), detail, path, errors);
        }
        if (isMalformedJson(error)) {
            return problem(HttpStatus.BAD_REQUEST, messages.get("error.malformedJson"), path, List.of());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Client error on {} {}", request.getMethodName(), path, error);
        }
        Optional<String> badProperty = badBodyProperty(error);
        if (badProperty.isPresent()) {
            String detail = messages.get("error.bodyFieldType", badProperty.get());
            return problem(HttpStatus.BAD_REQUEST, detail, path, List.of(new Problem.FieldError(badProperty.get(), detail)));
        }
        if (hasCause(error, "io.micronaut.serde.exceptions.")) {
            Optional<int[]> at = jsonLocation(error);
            String detail = at.isPresent()
                    ? messages.get("error.bodyShapeAt", at.get()[0], at.get()[1])
                    : messages.get("error.bodyShape");
            return problem(HttpStatus.BAD_REQUEST, detail, path, List.of());
        }
        if (error instanceof ConversionErrorException conversion) {
            return wrongType(conversion, path);
        }
        if (error instanceof UnsatisfiedArgumentException unsatisfied) {
            Argument<?> argument = unsatisfied.getArgument();
            String key = argument.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)
                    ? "error.bodyRequired" : "error.missingParameter";
            return problem(HttpStatus.BAD_REQUEST, messages.get(key, argument.getName()), path, List.of());
        }
        if (error instanceof ConstraintViolationException violations) {
            return validation(violations, path);
        }
        if (error instanceof ContentLengthExceededException) {
            return problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, messages.get("error.requestTooLarge"), path, List.of());
        }
        if (error instanceof HttpStatusException statusException && statusException.getStatus().getCode() < 500) {
            return withoutCause(request, statusException.getStatus());
        }
        if (isDatabaseUnavailable(error)) {
            LOG.warn("Database unavailable while serving {} {}: {}", request.getMethodName(), path, error.toString());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, messages.get("error.databaseUnavailable"), path, List.of());
        }
        if (status.getCode() < 500) {
            // a framework handler already classified it as a client error; keep the status, use our words
            return withoutCause(request, status);
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure {} serving {} {}", incident, request.getMethodName(), path, error);
        return new Problem("about:blank", title(HttpStatus.INTERNAL_SERVER_ERROR), 500,
                messages.get("error.unexpected"), "urn:encadena:incidente:" + incident, List.of());
    }

    private Problem withoutCause(HttpRequest<?> request, HttpStatus status) {
        String path = request.getPath();
        String detail = switch (status) {
            case NOT_FOUND -> messages.get("error.routeNotFound", path);
            case METHOD_NOT_ALLOWED -> messages.get("error.methodNotAllowed", request.getMethodName(), path);
            case UNSUPPORTED_MEDIA_TYPE -> messages.get("error.unsupportedMediaType",
                    request.getContentType().map(MediaType::toString).orElse("-"));
            case NOT_ACCEPTABLE -> messages.get("error.notAcceptable");
            case REQUEST_ENTITY_TOO_LARGE -> messages.get("error.requestTooLarge");
            case UNAUTHORIZED -> messages.get("error.unauthorized");
            case FORBIDDEN -> messages.get("error.forbidden");
            case BAD_REQUEST -> messages.get("error.validation");
            default -> status.getCode() >= 500 ? messages.get("error.unexpected") : title(status);
        };
        return problem(status, detail, path, List.of());
    }

    private Problem wrongType(ConversionErrorException conversion, String path) {
        Argument<?> argument = conversion.getArgument();
        String expected = messages.get(typeKey(argument.getType()));
        Optional<Object> value = conversion.getConversionError().getOriginalValue();
        String detail = value.isPresent() && !(value.get() instanceof byte[])
                ? messages.get("error.wrongType", argument.getName(), abbreviate(String.valueOf(value.get())), expected)
                : messages.get("error.wrongTypeNoValue", argument.getName(), expected);
        return problem(HttpStatus.BAD_REQUEST, detail, path,
                List.of(new Problem.FieldError(argument.getName(), detail)));
    }

    private Problem validation(ConstraintViolationException violations, String path) {
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), violationMessage(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).message() : messages.get("error.validation");
        return problem(HttpStatus.BAD_REQUEST, detail, path, errors);
    }

    /**
     * Constraint annotations name a catalogue key as their message ({@code message = "validation.required"});
     * the key's arguments are the constraint's {@code min} and {@code max} (or {@code value}). Messages that
     * are not keys (a library's default) are replaced by a generic Spanish one rather than shown in English.
     */
    private String violationMessage(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (!messages.has(template)) {
            return messages.get("validation.invalid");
        }
        java.util.Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object min = attributes.getOrDefault("min", attributes.get("value"));
        Object max = attributes.getOrDefault("max", attributes.get("value"));
        return messages.get(template, min, max);
    }

    /** "create.body.name" → "name": the method and parameter prefix means nothing to a client. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        String full = violation.getPropertyPath().toString();
        String[] parts = full.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private Problem problem(HttpStatus status, String detail, String path, List<Problem.FieldError> errors) {
        return new Problem("about:blank", title(status), status.getCode(), detail, path, errors);
    }

    private String title(HttpStatus status) {
        String key = "problem.title." + status.getCode();
        return messages.has(key) ? messages.get(key) : messages.get("problem.title.default");
    }

    private static String typeKey(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "type.integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "type.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "type.boolean";
        }
        if (type == UUID.class) {
            return "type.uuid";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "type.date";
        }
        if (type == String.class) {
            return "type.text";
        }
        return "type.value";
    }

    /** Syntax errors: the parser could not read the body as JSON at all. */
    private static boolean isMalformedJson(Throwable error) {
        return hasCause(error, "io.micronaut.json.JsonSyntaxException")
                || hasCause(error, "com.fasterxml.jackson.core.JsonParseException")
                || hasCause(error, "com.fasterxml.jackson.core.io.JsonEOFException")
                || hasCause(error, "com.fasterxml.jackson.core.exc.StreamReadException");
    }

    private static final java.util.regex.Pattern SERDE_PROPERTY =
            java.util.regex.Pattern.compile("property \\[(?:[\\w.<>?, ]+ )?(\\w+)\\]");

    /** Serde names the property it could not decode ("Error decoding property [Integer count] ..."). */
    private static Optional<String> badBodyProperty(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getClass().getName().startsWith("io.micronaut.serde.exceptions.") && t.getMessage() != null) {
                java.util.regex.Matcher m = SERDE_PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern JSON_LOCATION =
            java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)");

    /** Jackson reports where in the body the unexpected value starts; people find it by line and column. */
    private static Optional<int[]> jsonLocation(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null) {
                java.util.regex.Matcher m = JSON_LOCATION.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasCause(Throwable error, String classNamePrefix) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith(classNamePrefix)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isDatabaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
