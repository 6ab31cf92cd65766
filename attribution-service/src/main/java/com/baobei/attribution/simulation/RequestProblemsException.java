package com.baobei.attribution.simulation;

import java.util.List;

/** A request refused with 400, naming each offending field. */
public final class RequestProblemsException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RequestProblemsException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
