package com.baobei.registration.web;

/** The shapes of identifiers and numbers this service accepts (ID-1). */
final class Patterns {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]*";
    static final String ID_MESSAGE = "letters, digits, '_', '.', '-'";
    static final String MASKED_PHONE = "1[3-9]\\d\\*{4}\\d{4}";
    /** A surname or full name as given (ID-1); the published schema allows 50, the intake keeps it short. */
    static final int SURNAME_MAX = 20;
    static final String MASKED_PHONE_MESSAGE =
            "ID-1: 11 digits with exactly the middle four hidden, e.g. 138****5678";

    private Patterns() {
    }
}
