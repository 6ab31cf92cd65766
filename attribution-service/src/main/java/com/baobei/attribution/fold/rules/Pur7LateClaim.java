package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/**
 * PUR-7: a buyer with no registration on record may be claimed by a channel, with evidence, within
 * {@code lateClaimDays} [3] days of the deposit (the deposit day is day 1); later claims are void.
 */
public final class Pur7LateClaim {

    public static final String ID = "PUR-7";

    private Pur7LateClaim() {
    }

    public static boolean withinWindow(LocalDate depositDay, LocalDate claimDay, ProjectPolicy policy) {
        return !claimDay.isAfter(Days.lastOf(depositDay, policy.lateClaimDays()));
    }
}
