package com.baobei.commission.agreement;

/** One thing wrong with an input, naming the offending field as a JSON path (e.g. {@code versions[0].tiers[1].from}). */
public record Problem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
