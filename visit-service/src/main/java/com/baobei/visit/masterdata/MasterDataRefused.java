package com.baobei.visit.masterdata;

import java.util.List;

/** A write naming master data that is unknown or inactive: 422, each problem naming its field. */
public class MasterDataRefused extends RuntimeException {

    private final List<Problem> problems;

    public MasterDataRefused(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
