package com.baobei.registration.intake;

/** A command that breaks a rule of the rulebook; names the field so the caller can fix it. */
public class InvalidRegistrationException extends RuntimeException {

    private final String field;

    public InvalidRegistrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
