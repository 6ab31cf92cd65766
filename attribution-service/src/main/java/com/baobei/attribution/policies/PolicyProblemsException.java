package com.baobei.attribution.policies;

import java.util.List;

/** A policy that would not be valid; each problem reads "field: why" (from {@code ProjectPolicy.problems()}). */
public final class PolicyProblemsException extends RuntimeException {

    private final List<String> problems;

    public PolicyProblemsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
