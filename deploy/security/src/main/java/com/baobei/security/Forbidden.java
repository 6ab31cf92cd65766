package com.baobei.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 403 as problem+json: the caller is known but may not do this. A service's {@code ResponseEntityExceptionHandler}
 * renders it like any other {@code ErrorResponse}.
 */
public class Forbidden extends ErrorResponseException {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
