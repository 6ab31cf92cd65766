package com.baobei.contracts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper (test-jar): finds full mainland mobile numbers in any text (a topic's messages, a
 * log, a response body), for the ID-4 promise that they never leave the developer's side.
 *
 * <p>Phone hashes (64 hex digits), UUIDs and W3C trace and span ids (32 and 16 lower-case hex digits, in every
 * record's traceparent and every log line, ADR 0026) are blanked before the search: a random hex string
 * holds eleven digits shaped like a mobile number between two letters about once in sixty
 * hashes, which would make every scan of a busy topic fail for nothing. Failure messages show
 * the masked form and the position, so the check itself never prints a number.
 */
public final class PersonalData {

    /** Eleven digits 1[3-9]..., not part of a longer run of digits. */
    public static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private static final Pattern HASH_OR_UUID = Pattern.compile(
            "(?<![0-9A-Fa-f])(?:[0-9a-f]{64}|[0-9a-f]{32}|[0-9a-f]{16}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                    + "(?![0-9A-Fa-f])");

    private PersonalData() {
    }

    /** Each full number found, as {@code masked@index}; empty when there is none. */
    public static List<String> fullPhoneNumbers(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = FULL_PHONE.matcher(blankHashesAndUuids(text));
        while (m.find()) {
            found.add(Phones.mask(m.group()) + "@" + m.start());
        }
        return found;
    }

    public static void assertNoFullPhoneNumbers(String text) {
        List<String> found = fullPhoneNumbers(text);
        if (!found.isEmpty()) {
            throw new AssertionError("full phone numbers found (ID-4), shown masked with their index: " + found);
        }
    }

    public static void assertNoFullPhoneNumbers(byte[] utf8) {
        assertNoFullPhoneNumbers(new String(utf8, StandardCharsets.UTF_8));
    }

    /** Same length, so indexes still point into the original text. */
    private static String blankHashesAndUuids(String text) {
        Matcher m = HASH_OR_UUID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "#".repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
