package com.baobei.attribution.simulation;

import java.util.List;

/** A request refused with 400 (or 422), naming each offending field. */
public final class RequestProblemsException extends RuntimeException {

    private final List<FieldProblem> problems;
    private final int status;

    public RequestProblemsException(List<FieldProblem> problems) {
        this(400, problems);
    }

    /** 400 for what is malformed, 422 for what is well formed but may not be accepted (a full number, ID-4). */
    public RequestProblemsException(int status, List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
