package com.baobei.visit.web;

/**
 * The shapes this service accepts. Identifiers and free text must never carry a full mobile
 * number (ID-4), since they travel on the topic as they are.
 */
final class Patterns {

    private static final String NO_FULL_PHONE = "(?!.*(?<!\\d)1[3-9]\\d{9}(?!\\d))";

    static final String ID = NO_FULL_PHONE + "[A-Za-z0-9][A-Za-z0-9_.-]*";
    static final String ID_MESSAGE = "letters, digits, '_', '.', '-' (and never a phone number)";
    static final String FULL_PHONE = "1[3-9]\\d{9}";
    static final String FULL_PHONE_MESSAGE = "the full mobile number: 11 digits, 1 then 3-9 then nine more";
    static final String MASKED_PHONE = "1[3-9]\\d\\*{4}\\d{4}";
    static final String MASKED_PHONE_MESSAGE =
            "ID-1: 11 digits with exactly the middle four hidden, e.g. 138****5678";
    /** A surname or name: no digits, so never a number. */
    static final String SURNAME = "[^\\d]+";
    static final String SURNAME_MESSAGE = "a surname or name, without digits";
    /** Free text: not blank. Full numbers in it, however written, are {@link FullPhonesInText}'s (422). */
    static final String TEXT = "(?s).*\\S.*";
    static final String TEXT_MESSAGE = "free text, not blank";
    /** One line of text: a list of these is stored one per line. */
    static final String LINE = "[^\\r\\n]*\\S[^\\r\\n]*";
    static final String LINE_MESSAGE = "one line of text, not blank";

    private Patterns() {
    }
}
