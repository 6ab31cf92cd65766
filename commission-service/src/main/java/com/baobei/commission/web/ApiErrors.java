package com.baobei.commission.web;

import com.baobei.contracts.JsonPaths;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.ConflictException;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.NotFoundException;
import com.baobei.commission.errors.UnprocessableException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 7807 problem details; a bad field is named in {@code errors[].field}. */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "invalid request", e.problems());
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_ENTITY, "cannot be done as asked", e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = "body";
        String message = "unreadable JSON";
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
            message = mapping.getOriginalMessage();
        }
        ProblemDetail body = withErrors(HttpStatus.BAD_REQUEST, "invalid request body",
                List.of(new Problem(field, message)));
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return JsonPaths.of(references);
    }

    static ProblemDetail withErrors(HttpStatus status, String detail, List<Problem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail + ": " + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("; ")));
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }
}
