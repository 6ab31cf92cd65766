package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;

/**
 * REG-6: a channel that registers {@code qualityMinRegistrations} [10] or more clients on one day with
 * a visit rate that day below {@code qualityMinVisitRatePercent} [50%] loses every dispute about that
 * day's registrations. A registration counts as visited when its client came within its validity.
 */
public final class Reg6Quality {

    public static final String ID = "REG-6";

    private Reg6Quality() {
    }

    public static boolean poorDay(int registeredClients, int visitedClients, ProjectPolicy policy) {
        return registeredClients >= policy.qualityMinRegistrations()
                && (long) visitedClients * 100 < (long) policy.qualityMinVisitRatePercent() * registeredClients;
    }
}
