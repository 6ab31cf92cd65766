package com.baobei.attribution.web;

import com.baobei.contracts.Texts;
import com.baobei.attribution.policies.PolicyProblemsException;
import com.baobei.attribution.preview.PolicyPreview;
import com.baobei.attribution.simulation.DryRun;
import com.baobei.attribution.simulation.FieldProblem;
import com.baobei.attribution.simulation.RequestProblemsException;
import com.baobei.attribution.simulation.SimulationTooLargeException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as {@code application/problem+json}: {@code field} names the first offending
 * field (a JSON path such as {@code events[3].data.visitId}), {@code errors} lists them all.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(RequestProblemsException.class)
    public ResponseEntity<ProblemDetail> requestProblems(RequestProblemsException e) {
        return answer(HttpStatus.valueOf(e.status()), e.problems());
    }

    /** A simulation past its caps (ADR 0022), refused while its body was still being read. */
    @ExceptionHandler(SimulationTooLargeException.class)
    public ResponseEntity<ProblemDetail> tooLarge(SimulationTooLargeException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, List.of(new FieldProblem(e.field(), e.reason())));
    }

    @ExceptionHandler(PolicyProblemsException.class)
    public ResponseEntity<ProblemDetail> policyProblems(PolicyProblemsException e) {
        return badRequest(e.problems().stream().map(p -> FieldProblem.parse("", p)).toList());
    }

    /** One policy preview at a time (ADR 0035): the next caller comes back shortly. */
    @ExceptionHandler(PolicyPreview.BusyException.class)
    public ResponseEntity<ProblemDetail> busy(PolicyPreview.BusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Busy");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** Unreadable JSON, an unknown field, a value of the wrong type: named by its JSON path. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SimulationTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                                List.of(new FieldProblem(tooLarge.field(), tooLarge.reason()))));
            }
        }
        FieldProblem problem;
        if (e.getCause() instanceof JsonMappingException mapping && !DryRun.jsonPath(mapping).isEmpty()) {
            problem = new FieldProblem(DryRun.jsonPath(mapping), Texts.redactFullPhones(mapping.getOriginalMessage()));
        } else if (e.getCause() instanceof JsonMappingException) {
            // the body itself is of the wrong shape (a list, a string): say so without naming our classes
            problem = new FieldProblem("body", "must be a JSON object");
        } else if (e.getCause() instanceof com.fasterxml.jackson.core.JacksonException json) {
            problem = new FieldProblem("body", "not readable JSON: " + Texts.redactFullPhones(json.getOriginalMessage()));
        } else {
            problem = new FieldProblem("body", "a JSON body is required");
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, List.of(problem)));
    }

    static ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> problems) {
        return answer(HttpStatus.BAD_REQUEST, problems);
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatus status, List<FieldProblem> problems) {
        return ResponseEntity.status(status).body(problem(status, problems));
    }

    private static ProblemDetail problem(HttpStatus status, List<FieldProblem> problems) {
        FieldProblem first = problems.isEmpty() ? new FieldProblem("", "invalid request") : problems.get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                first.field().isEmpty() ? first.message() : first.field() + ": " + first.message());
        problem.setTitle(switch (status) {
            case PAYLOAD_TOO_LARGE -> "Request too large";
            case UNPROCESSABLE_ENTITY -> "Not accepted";
            default -> "Invalid request";
        });
        problem.setProperty("field", first.field());
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }
}
