package com.baobei.visit.web;

import com.baobei.contracts.Texts;

import com.baobei.contracts.JsonPaths;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is RFC 7807 problem+json; a 400 or 409 lists the fields at fault under
 * {@code errors}. Messages name fields and rules, never echo a submitted number.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A surname refused only because it holds a full number is the number's fault (ID-4): 422, as for any text.
        // (also when the rule that refused it is about the field's presence, e.g. a reason on a valid form)
        Set<String> holdingNumbers = ex.getBindingResult().getTarget() instanceof Record target
                ? FullPhonesInText.problems(target).stream().map(FieldProblem::field).collect(Collectors.toSet())
                : Set.of();
        if (ex.getBindingResult().getErrorCount() > 0 && ex.getBindingResult().getGlobalErrorCount() == 0
                && ex.getBindingResult().getFieldErrors().stream().allMatch(e -> holdingNumbers.contains(e.getField())
                        || e.getRejectedValue() instanceof String text && Texts.holdsFullPhone(text))) {
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(phoneInText(new PhoneInTextException(ex.getBindingResult().getFieldErrors().stream()
                            .map(e -> new FieldProblem(e.getField(), FullPhonesInText.MESSAGE))
                            .sorted(Comparator.comparing(FieldProblem::field)).toList())));
        }
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = new FieldProblem(path(unknown), "unknown field: not part of this request");
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = new FieldProblem(path(mapping), "cannot be read as " + targetType(mapping));
        } else {
            problem = new FieldProblem("body", "not readable JSON");
        }
        return ResponseEntity.badRequest().body(invalid(List.of(problem)));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return ResponseEntity.badRequest().body(invalid(List.of(
                    new FieldProblem(missing.getHeaderName(), "required header"))));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "one of " + List.of(type.getEnumConstants()) : "a " + (type == null ? "value" : type.getSimpleName());
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(name, "must be " + expected))));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
        return ResponseEntity.badRequest().body(invalid(ex.problems()));
    }

    @ExceptionHandler(PhoneInTextException.class)
    ProblemDetail phoneInText(PhoneInTextException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                ex.problems().stream().map(FieldProblem::field).collect(Collectors.joining(", "))
                        + ": " + FullPhonesInText.MESSAGE);
        detail.setTitle("A full phone number in text");
        detail.setProperty("errors", ex.problems());
        return detail;
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> brokenRule(InvalidCommandException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(ConflictingStateException.class)
    ProblemDetail conflict(ConflictingStateException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.field() + ": " + ex.getMessage());
        detail.setTitle("Not allowed by the history");
        detail.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
        return detail;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail exists(AggregateStreamCreationException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "already exists under this id");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail raced(ConcurrencyException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "changed concurrently; retry the request");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail missing(AggregateNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(UnknownDisputeException.class)
    ProblemDetail unknownDispute(UnknownDisputeException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "disputeId: " + ex.getMessage());
        detail.setTitle("Unknown dispute");
        detail.setProperty("errors", List.of(new FieldProblem("disputeId", ex.getMessage())));
        return detail;
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ProblemDetail reusedKey(IdempotencyConflictException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        detail.setTitle("Invalid request");
        detail.setProperty("errors", problems);
        return detail;
    }

    /** The expected type only: Jackson's own message would echo the submitted value, which may be a number. */
    private static String targetType(JsonMappingException ex) {
        if (ex instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException format
                && format.getTargetType() != null) {
            Class<?> type = format.getTargetType();
            return type.isEnum() ? "one of " + List.of(type.getEnumConstants()) : type.getSimpleName();
        }
        return "the expected type";
    }

    private static String path(JsonMappingException ex) {
        return JsonPaths.of(ex.getPath());
    }
}
