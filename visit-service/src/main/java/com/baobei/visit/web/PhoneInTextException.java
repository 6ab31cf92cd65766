package com.baobei.visit.web;

import java.util.List;

/** A well-formed request whose text holds a full phone number (ID-4): 422, each field named. */
class PhoneInTextException extends RuntimeException {

    private final List<FieldProblem> problems;

    PhoneInTextException(List<FieldProblem> problems) {
        super(problems.size() + " field(s) holding a full phone number");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
