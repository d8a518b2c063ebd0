package co.encadena.api.common.web;

import co.encadena.api.common.Messages;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.Violation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A record that broke validation rules (a supplier profile, a requirement) answers 400 problem+json with one
 * {@code errors[]} entry per violation — the same field paths and Spanish messages an import reports per line.
 */
@Singleton
@Produces
@Requires(classes = {InvalidRecordException.class, ExceptionHandler.class})
final class InvalidRecordExceptionHandler implements ExceptionHandler<InvalidRecordException, HttpResponse<Problem>> {

    private final Messages messages;

    InvalidRecordExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidRecordException exception) {
        List<Problem.FieldError> errors = exception.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), message(v)))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).message() : messages.get("error.validation");
        Problem problem = new Problem("about:blank", messages.get("problem.title.400"), 400, detail,
                request.getPath(), errors);
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).body(problem)
                .contentType(MediaType.of(Problem.MEDIA_TYPE));
    }

    private String message(Violation v) {
        return messages.get(v.messageKey(), v.argsArray());
    }
}
