package com.baobei.visit.shared;

/**
 * A well-formed command that the aggregate's history does not allow (cancelling twice, a contract
 * without a subscription, a ruling out of order): 409, naming the field that points at the history.
 */
public class ConflictingStateException extends RuntimeException {

    private final String field;

    public ConflictingStateException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
