package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.Instant;

/**
 * REG-1: a registration counts for a visit only if it was recorded at least {@code leadTimeMinutes}
 * [30] before that visit. The registration time is the Registered event's business time, which the
 * registration service stamps itself (a channel cannot backdate); times compare at the minute.
 */
public final class Reg1LeadTime {

    public static final String ID = "REG-1";

    private Reg1LeadTime() {
    }

    public static boolean counts(Instant registeredAt, Instant visitAt, ProjectPolicy policy) {
        return Days.minutesBetween(registeredAt, visitAt) >= policy.leadTimeMinutes();
    }
}
