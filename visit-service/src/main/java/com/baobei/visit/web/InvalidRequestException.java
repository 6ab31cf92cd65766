package com.baobei.visit.web;

import java.util.List;

/** A request that passed the annotations but breaks a rule checked in code (times, import rows). */
class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
