package com.baobei.attribution.fold.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Calendar days in a project's zone, and times compared at the minute, as the rulebook counts them. */
public final class Days {

    private Days() {
    }

    public static LocalDate day(Instant time, ZoneId zone) {
        return LocalDate.ofInstant(time, zone);
    }

    /** The first instant of a day: an exclusive end for "until the end of the day before". */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The last day of a span of n days that counts {@code first} as day 1. */
    public static LocalDate lastOf(LocalDate first, int days) {
        return first.plusDays(Math.max(days, 1) - 1L);
    }

    /** Whole minutes from a to b, both truncated to the minute first ("times compare at the minute"). */
    public static long minutesBetween(Instant a, Instant b) {
        return Math.floorDiv(b.getEpochSecond(), 60) - Math.floorDiv(a.getEpochSecond(), 60);
    }

    public static Instant minute(Instant time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }
}
