package com.baobei.visit.shared;

/** A command that breaks a rule of the rulebook on its own; names the field so the caller can fix it (400). */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
