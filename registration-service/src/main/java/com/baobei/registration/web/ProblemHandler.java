package com.baobei.registration.web;

import com.baobei.contracts.JsonPaths;
import com.baobei.registration.intake.InvalidRegistrationException;
import com.baobei.registration.intake.persistence.ProjectBusyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error is RFC 7807 problem+json; a 400 lists the fields at fault under {@code errors}. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final int SHOWN = 10;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(FieldProblem.path(e.getField()), e.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        // ID-4: a well-formed request whose only fault is a full number in its text is 422, like an import's rows
        boolean onlyFullPhones = ex.getBindingResult().getFieldErrors().stream()
                .allMatch(e -> NoFullPhone.class.getSimpleName().equals(e.getCode()));
        return onlyFullPhones ? unprocessable(problems) : ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = new FieldProblem(path(unknown), "unknown field: not part of this request");
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = new FieldProblem(path(mapping), "cannot be read: " + mapping.getOriginalMessage());
        } else {
            problem = new FieldProblem("body", "not readable JSON");
        }
        return ResponseEntity.badRequest().body(invalid(List.of(problem)));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
        return ex.unprocessable() ? unprocessable(ex.problems())
                : ResponseEntity.badRequest().body(invalid(ex.problems()));
    }

    @ExceptionHandler(InvalidRegistrationException.class)
    ResponseEntity<Object> brokenRule(InvalidRegistrationException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    /** 503: the stored chunks stay, and the same import sent again resumes after them (ADR 0034). */
    @ExceptionHandler(ImportInterruptedException.class)
    ResponseEntity<ProblemDetail> importInterrupted(ImportInterruptedException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        detail.setTitle("Import interrupted");
        detail.setProperty("batchId", ex.batchId());
        detail.setProperty("rowsDone", ex.rowsDone());
        detail.setProperty("rowCount", ex.rowCount());
        return retrySoon(detail);
    }

    /** 503: nothing was stored; the same request sent again takes its turn (ADR 0036). */
    @ExceptionHandler(ProjectBusyException.class)
    ResponseEntity<ProblemDetail> projectBusy(ProjectBusyException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        detail.setTitle("Project busy");
        return retrySoon(detail);
    }

    /** A 503 whose request is to be sent again (the same one, with its Idempotency-Key) in a second. */
    private static ResponseEntity<ProblemDetail> retrySoon(ProblemDetail detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ProblemDetail reusedKey(IdempotencyConflictException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", problems);
    }

    private static ResponseEntity<Object> unprocessable(List<FieldProblem> problems) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.UNPROCESSABLE_ENTITY, "Refused content", problems));
    }

    private static ProblemDetail problem(HttpStatus status, String title, List<FieldProblem> problems) {
        // an import can have thousands: the detail shows the first ones, errors lists them all
        String shown = problems.stream().limit(SHOWN).map(p -> p.field() + ": " + p.message())
                .collect(Collectors.joining("; "));
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problems.size() <= SHOWN ? shown
                : shown + "; and " + (problems.size() - SHOWN) + " more");
        detail.setTitle(title);
        detail.setProperty("errors", problems);
        return detail;
    }

    private static String path(JsonMappingException ex) {
        return JsonPaths.of(ex.getPath());
    }
}
