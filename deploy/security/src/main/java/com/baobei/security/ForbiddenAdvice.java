package com.baobei.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link Forbidden} is problem+json in every service, whatever that service's own error handling does. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForbiddenAdvice {

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Forbidden e) {
        return ResponseEntity.status(e.getStatusCode()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.getBody());
    }
}
