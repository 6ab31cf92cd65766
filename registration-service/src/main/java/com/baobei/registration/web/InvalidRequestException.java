package com.baobei.registration.web;

import java.util.List;

/**
 * A request that breaks a rule checked in code (times, import rows). 400, or 422 when it is well formed and only
 * its content is refused (a full phone number in free text, ID-4).
 */
class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;
    private final boolean unprocessable;

    InvalidRequestException(List<FieldProblem> problems) {
        this(problems, false);
    }

    InvalidRequestException(List<FieldProblem> problems, boolean unprocessable) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
        this.unprocessable = unprocessable;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    boolean unprocessable() {
        return unprocessable;
    }
}
