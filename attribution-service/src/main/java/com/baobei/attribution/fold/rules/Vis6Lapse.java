package com.baobei.attribution.fold.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * VIS-6: protection that ends without a purchase makes the client public; a later visit is judged
 * afresh. Without a clock, "ended" is judged against the project's as-of time: the latest business
 * time among its events (in fold order, the business time of the event being folded).
 */
public final class Vis6Lapse {

    public static final String ID = "VIS-6";

    private Vis6Lapse() {
    }

    /** The first instant after the protection: the start of the day after its last day. */
    public static Instant endsAt(LocalDate protectedUntil, ZoneId zone, Days days) {
        return days.startOfDayAfter(protectedUntil, zone);
    }

    public static boolean lapsed(LocalDate protectedUntil, ZoneId zone, Instant asOf, Days days) {
        return !asOf.isBefore(endsAt(protectedUntil, zone, days));
    }
}
