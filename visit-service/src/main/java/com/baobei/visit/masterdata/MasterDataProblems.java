package com.baobei.visit.masterdata;

import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link MasterDataRefused} as problem+json in the service's form: 422, {@code errors} with field and message. */
@RestControllerAdvice
class MasterDataProblems {

    @ExceptionHandler(MasterDataRefused.class)
    ResponseEntity<ProblemDetail> refused(MasterDataRefused e) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                e.problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        detail.setTitle("Unknown or inactive master data");
        detail.setProperty("errors", e.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }
}
