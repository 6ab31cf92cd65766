package com.baobei.registration.masterdata.web;

import com.baobei.registration.masterdata.InvalidMasterDataException;
import com.baobei.registration.masterdata.MasterDataRefused;
import com.baobei.registration.masterdata.MasterDataRules;
import com.baobei.registration.masterdata.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems with master data as problem+json, in the service's form ({@code errors}: field and message each): 400
 * for an entity that breaks its own rules, 422 for a request naming master data that is unknown or inactive, on
 * every endpoint (registrations and imports too).
 */
@RestControllerAdvice
class MasterDataProblems {

    private static final int SHOWN = 10;

    @ExceptionHandler(InvalidMasterDataException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMasterDataException e) {
        if (MasterDataRules.onlyFullPhones(e.problems())) {
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Refused content", e.problems());
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.problems());
    }

    @ExceptionHandler(MasterDataRefused.class)
    ResponseEntity<ProblemDetail> refused(MasterDataRefused e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown or inactive master data", e.problems());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<Problem> problems) {
        // an import can have thousands: the detail shows the first ones, errors lists them all
        String shown = problems.stream().limit(SHOWN).map(p -> p.field() + ": " + p.message())
                .collect(Collectors.joining("; "));
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problems.size() <= SHOWN ? shown
                : shown + "; and " + (problems.size() - SHOWN) + " more");
        detail.setTitle(title);
        detail.setProperty("errors", problems);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
