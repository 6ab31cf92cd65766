package com.baobei.contracts;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one text policy of every service and consumer (the API refuses exactly what a consumer would):
 * text is NFKC-normalised before any check, so full-width digits ({@code １３８…}) are digits; control
 * characters are refused; a full mobile number is found even when written with spaces, dots or dashes
 * between its digits (ID-4), and a consumer that still meets one redacts it to its masked form.
 */
public final class Texts {

    /** Eleven digits 1[3-9]…, each pair optionally split by one space, dot or dash; not inside a longer run of digits. */
    private static final Pattern FULL_PHONE = Pattern.compile(
            "(?<![\\d])1[ .\\-]?[3-9](?:[ .\\-]?\\d){9}(?![ .\\-]?\\d)");

    private Texts() {
    }

    /** NFKC: the form every check and every store sees (full-width digits and letters become ASCII). */
    public static String normalize(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Where the first character that has no place in text is, or -1: C0/C1 controls (NUL included),
     * bidirectional overrides and isolates (they make a surname display as another), and unpaired
     * surrogates. Tab, line feed and carriage return are text in multi-line fields only.
     */
    public static int refusedCharacterAt(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the text, once normalised, holds a full mobile number anywhere (ID-4). */
    public static boolean holdsFullPhone(String text) {
        return text != null && FULL_PHONE.matcher(normalize(text)).find();
    }

    /** The normalised text with every full mobile number replaced by its masked form (ID-1), for consumers. */
    public static String redactFullPhones(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FULL_PHONE.matcher(normalize(text));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("[^\\d]", "");
            m.appendReplacement(out, Matcher.quoteReplacement(Phones.mask(digits)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
