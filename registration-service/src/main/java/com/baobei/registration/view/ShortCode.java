package com.baobei.registration.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The registration's code the desk types when there is no scanner: eight characters of Crockford's base32 made from
 * the registration id ({@code K7QM-3PX9}), shown in two groups of four. No I, L, O or U, so what is read aloud or
 * copied from a phone screen cannot be mistyped into another letter; typed I and L count as 1, O as 0.
 *
 * <p>A function of the id, not a counter: it needs no coordination between instances, and the desk searches it inside
 * one project, where two registrations share a code with odds of one in 2^40 per pair (about 0.5 % that any two of a
 * project's 100,000 registrations do); if they ever do, the desk sees both and tells them apart by surname.
 */
public final class ShortCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 8;

    private ShortCode() {
    }

    /** The stored form, eight characters without the dash. */
    public static String of(String registrationId) {
        byte[] hash = sha256(registrationId);
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }

    /** How people see it: {@code K7QM-3PX9}. */
    public static String shown(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /**
     * What someone typed, as the stored form: case, spaces and dashes do not matter, I and L read as 1, O as 0. Empty
     * when it cannot be a code (wrong length, a U or any other character).
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u3000') {
                continue;
            }
            char read = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
