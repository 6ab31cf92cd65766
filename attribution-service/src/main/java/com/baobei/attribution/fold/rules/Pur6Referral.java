package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/**
 * PUR-6: for {@code referralDays} [30] days from a buyer's deposit (the deposit day is day 1), a new
 * client the buyer refers belongs to the channel that earned the buyer's deal (老带新).
 */
public final class Pur6Referral {

    public static final String ID = "PUR-6";

    private Pur6Referral() {
    }

    public static boolean withinWindow(LocalDate depositDay, LocalDate referredVisitDay, ProjectPolicy policy) {
        return !referredVisitDay.isBefore(depositDay)
                && !referredVisitDay.isAfter(Days.lastOf(depositDay, policy.referralDays()));
    }
}
