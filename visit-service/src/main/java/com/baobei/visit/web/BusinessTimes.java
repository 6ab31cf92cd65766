package com.baobei.visit.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Business times come from the office, so they are checked against the server's clock: a few
 * minutes ahead is a clock skew, more is a typing mistake; a year back is an office syncing very
 * late, more is not a visit this service should take through its live API.
 */
final class BusinessTimes {

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final Duration OLDEST = Duration.ofDays(366);

    private BusinessTimes() {
    }

    static void check(String field, Instant time, Instant now, List<FieldProblem> problems) {
        if (time == null) {
            return;
        }
        if (time.isAfter(now.plus(FUTURE_TOLERANCE))) {
            problems.add(new FieldProblem(field, "in the future (more than "
                    + FUTURE_TOLERANCE.toMinutes() + " minutes ahead of the server)"));
        } else if (time.isBefore(now.minus(OLDEST))) {
            problems.add(new FieldProblem(field, "more than " + OLDEST.toDays() + " days ago"));
        }
    }

    static Instant orNow(Instant time, Instant now) {
        return time == null ? now : time;
    }
}
