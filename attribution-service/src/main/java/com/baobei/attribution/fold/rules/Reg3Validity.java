package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.Instant;
import java.time.LocalDate;

/**
 * REG-3: a registration lapses if the client has not visited within its validity: by default the
 * registration's calendar day; or N days counting the registration day as day 1; or, registered before
 * the first opening, until N days after the opening day inclusive (from the opening day on: N days).
 * The end is exclusive: the first instant of the day after the last valid day.
 */
public final class Reg3Validity {

    public static final String ID = "REG-3";

    private Reg3Validity() {
    }

    public static Instant validUntil(Instant registeredAt, ProjectPolicy policy, Days days) {
        // counted in epoch days, the same arithmetic as LocalDate.plusDays without a date made for each registration
        LocalDate day = days.day(registeredAt, policy.zone());
        long first = day.toEpochDay();
        long span = Math.max(policy.validityDays(), 1) - 1L; // Days.lastOf: N days counting the first as day 1
        long last = switch (policy.validityMode()) {
            case SAME_DAY -> first;
            case DAYS -> first + span;
            case UNTIL_OPENING_PLUS_DAYS -> policy.openingDay() != null && day.isBefore(policy.openingDay())
                    ? policy.openingDay().toEpochDay() + policy.validityDays()
                    : first + span;
        };
        return days.startOfEpochDay(last + 1, policy.zone());
    }

    public static boolean validAt(Instant validUntil, Instant time) {
        return time.isBefore(validUntil);
    }
}
