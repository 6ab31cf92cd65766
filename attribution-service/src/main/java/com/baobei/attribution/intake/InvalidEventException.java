package com.baobei.attribution.intake;

import com.baobei.contracts.Texts;

/**
 * An event no fold can place: not JSON, an unknown type, a missing identity. Such a record
 * belongs on the dead-letter topic (live) or in a 400 (dry run).
 *
 * @see EventDecoder
 */
public final class InvalidEventException extends RuntimeException {

    private final String field;

    public InvalidEventException(String field, String reason, Throwable cause) {
        super(Texts.redactFullPhones((field.isEmpty() ? "" : field + ": ") + reason), cause);
        this.field = field;
    }

    /** The JSON path of the offending field inside the event ("" for the event as a whole). */
    public String field() {
        return field;
    }

    /** The reason without the field prefix. */
    public String reason() {
        String message = getMessage();
        return field.isEmpty() ? message : message.substring(field.length() + 2);
    }
}
