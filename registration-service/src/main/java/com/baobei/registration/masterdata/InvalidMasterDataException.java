package com.baobei.registration.masterdata;

import java.util.List;

/** Master data that breaks its own rules (a sales period ending before it starts, no name...): 400. */
public class InvalidMasterDataException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidMasterDataException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
