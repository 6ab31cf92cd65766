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
        LocalDate day = days.day(registeredAt, policy.zone());
        LocalDate last = switch (policy.validityMode()) {
            case SAME_DAY -> day;
            case DAYS -> Days.lastOf(day, policy.validityDays());
            case UNTIL_OPENING_PLUS_DAYS -> policy.openingDay() != null && day.isBefore(policy.openingDay())
                    ? policy.openingDay().plusDays(policy.validityDays())
                    : Days.lastOf(day, policy.validityDays());
        };
        return days.startOfDayAfter(last, policy.zone());
    }

    public static boolean validAt(Instant validUntil, Instant time) {
        return time.isBefore(validUntil);
    }
}
