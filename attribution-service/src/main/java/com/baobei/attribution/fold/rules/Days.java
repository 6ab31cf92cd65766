package com.baobei.attribution.fold.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Calendar days in a project's zone, and times compared at the minute, as the rulebook counts them.
 * One instance serves one fold (never shared between folds or threads): it remembers the day of the
 * last instant asked and the first instants of the days asked, because a fold asks about the same few
 * hundred days a hundred thousand times and each answer from {@link ZoneRules} costs a zoned date-time.
 */
public final class Days {

    private static final long DAY = 86_400;
    /** How far around a cached day the zone must have no offset transition for the cache to be exact. */
    private static final long MARGIN = 2 * DAY;
    private static final int MAX_DAYS = 1 << 16;

    /** The day of the last instant asked: [start, end) in epoch seconds (days start on whole seconds). */
    private ZoneId dayZone;
    private LocalDate day;
    private long dayStart;
    private long dayEnd;

    /** First instants of days in one zone, by epoch day minus {@link #firstEpochDay}. */
    private ZoneId startsZone;
    private Instant[] starts;
    private long firstEpochDay;

    public LocalDate day(Instant time, ZoneId zone) {
        long second = time.getEpochSecond();
        if (same(zone, dayZone) && second >= dayStart && second < dayEnd) {
            return day;
        }
        LocalDate d = LocalDate.ofInstant(time, zone);
        long start = startOf(d, zone).getEpochSecond();
        long end = startOf(d.plusDays(1), zone).getEpochSecond();
        // remembered only when the offset is the same all around the day: then every instant in [start, end) is on d
        if (second >= start && second < end && steady(zone.getRules(), start - MARGIN, end + MARGIN)) {
            dayZone = zone;
            day = d;
            dayStart = start;
            dayEnd = end;
        }
        return d;
    }

    /** The first instant of a day: an exclusive end for "until the end of the day before". */
    public Instant startOf(LocalDate day, ZoneId zone) {
        return startOf(day.toEpochDay(), day, zone);
    }

    /**
     * The first instant of the day after {@code day}: the exclusive end of a span whose last day it is. No
     * {@code plusDays(1)}: the fold asks this for every deadline it checks, and the answer is usually remembered.
     */
    public Instant startOfDayAfter(LocalDate day, ZoneId zone) {
        return startOf(day.toEpochDay() + 1, null, zone);
    }

    /** The first instant of the day {@code epochDay} days after 1970-01-01: {@link #startOf(LocalDate, ZoneId)} without a date. */
    public Instant startOfEpochDay(long epochDay, ZoneId zone) {
        return startOf(epochDay, null, zone);
    }

    /** {@code day} is the date of {@code epochDay}, or null to be made only when the start is not remembered. */
    private Instant startOf(long epochDay, LocalDate day, ZoneId zone) {
        if (!same(zone, startsZone)) {
            if (startsZone != null) {
                return date(epochDay, day).atStartOfDay(zone).toInstant(); // a second zone in one fold: rare, not remembered
            }
            startsZone = zone;
            firstEpochDay = epochDay - 64;
            starts = new Instant[256];
        }
        long index = epochDay - firstEpochDay;
        if (index < 0 || index >= starts.length) {
            if (!grow(epochDay)) {
                return date(epochDay, day).atStartOfDay(zone).toInstant();
            }
            index = epochDay - firstEpochDay;
        }
        Instant start = starts[(int) index];
        if (start == null) {
            start = date(epochDay, day).atStartOfDay(zone).toInstant();
            starts[(int) index] = start;
        }
        return start;
    }

    private static LocalDate date(long epochDay, LocalDate known) {
        return known != null ? known : LocalDate.ofEpochDay(epochDay);
    }

    private boolean grow(long epochDay) {
        long from = Math.min(firstEpochDay, epochDay - 64);
        long to = Math.max(firstEpochDay + starts.length, epochDay + 256);
        if (to - from > MAX_DAYS) {
            return false;
        }
        Instant[] grown = new Instant[(int) (to - from)];
        System.arraycopy(starts, 0, grown, (int) (firstEpochDay - from), starts.length);
        starts = grown;
        firstEpochDay = from;
        return true;
    }

    private static boolean same(ZoneId a, ZoneId b) {
        return a == b || (b != null && b.equals(a));
    }

    private static boolean steady(ZoneRules rules, long from, long to) {
        if (rules.isFixedOffset()) {
            return true;
        }
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from));
        return next == null || next.toEpochSecond() > to;
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
