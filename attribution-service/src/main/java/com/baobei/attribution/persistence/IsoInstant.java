package com.baobei.attribution.persistence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant in ISO-8601 as {@link Instant#toString()} writes it ({@code 2025-03-01T02:00:00Z},
 * a fraction only when there is one, in groups of three digits), written straight into ASCII bytes:
 * the live path writes several per event. Years outside 0000–9999 take {@code toString()}.
 */
public final class IsoInstant {

    private IsoInstant() {
    }

    /** Writes the instant at {@code at} (room for 30 bytes needed); returns the index after it. */
    public static int write(Instant instant, byte[] out, int at) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return ascii(instant.toString(), out, at);
        }
        at = digits(year, 4, out, at);
        out[at++] = '-';
        at = digits(date.getMonthValue(), 2, out, at);
        out[at++] = '-';
        at = digits(date.getDayOfMonth(), 2, out, at);
        out[at++] = 'T';
        at = digits(secondOfDay / 3600, 2, out, at);
        out[at++] = ':';
        at = digits(secondOfDay / 60 % 60, 2, out, at);
        out[at++] = ':';
        at = digits(secondOfDay % 60, 2, out, at);
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                at = digits(nanos / 1_000_000, 3, out, at);
            } else if (nanos % 1000 == 0) {
                at = digits(nanos / 1000, 6, out, at);
            } else {
                at = digits(nanos, 9, out, at);
            }
        }
        out[at++] = 'Z';
        return at;
    }

    private static int digits(int value, int width, byte[] out, int at) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    private static int ascii(String text, byte[] out, int at) {
        for (int i = 0; i < text.length(); i++) {
            out[at++] = (byte) text.charAt(i);
        }
        return at;
    }
}
