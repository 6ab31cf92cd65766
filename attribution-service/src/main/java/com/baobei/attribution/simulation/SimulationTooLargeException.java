package com.baobei.attribution.simulation;

/** A simulation past its caps (ADR 0022): 413 naming the field, raised while the request is still being read. */
public final class SimulationTooLargeException extends RuntimeException {

    private final String field;

    public SimulationTooLargeException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
