package com.baobei.console;

import com.baobei.contracts.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agent types the client's number as they have it: the full mobile number (with spaces, dashes or full-width
 * digits) or already masked. Only the masked form {@code 138****5678} leaves the console (ID-2, ID-4): the full
 * number is never sent to the registration service nor stored.
 */
final class PhoneNumbers {

    private static final Pattern FULL = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern MASKED = Pattern.compile("1[3-9]\\d\\*{4}\\d{4}");

    private PhoneNumbers() {
    }

    /** The masked form, or empty when the text is neither a mainland mobile number nor its masked form. */
    static Optional<String> masked(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = Texts.normalize(typed).replaceAll("[\\s\\-()+]", "");
        if (compact.startsWith("86") && compact.length() == 13) {
            compact = compact.substring(2);
        }
        compact = compact.replace('＊', '*');
        if (FULL.matcher(compact).matches()) {
            return Optional.of(compact.substring(0, 3) + "****" + compact.substring(7));
        }
        return MASKED.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
