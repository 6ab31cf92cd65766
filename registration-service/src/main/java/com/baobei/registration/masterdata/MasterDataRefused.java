package com.baobei.registration.masterdata;

import java.util.List;

/**
 * A request naming master data that is unknown, inactive or does not fit (a channel that does not work at the
 * project, a channel kind that is not the channel's): 422, each problem naming the field.
 */
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
