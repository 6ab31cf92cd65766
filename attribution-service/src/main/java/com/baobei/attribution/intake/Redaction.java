package com.baobei.attribution.intake;

import java.util.regex.Pattern;

/**
 * Error texts echo input (a parser quoting a bad value); a full mobile number must not reach a
 * header, a log or a response that way (ID-4), so it is masked before any text leaves.
 */
public final class Redaction {

    private static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private Redaction() {
    }

    public static String phones(String text) {
        return text == null ? null : FULL_PHONE.matcher(text).replaceAll("$1****$2");
    }
}
