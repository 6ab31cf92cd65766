package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/**
 * PUR-6: for {@code referralDays} [30] days from a buyer's deposit (the deposit day is day 1), a new
 * client the buyer refers belongs to the channel that earned the buyer's deal (老带新). {@code referralDays} 0: a
 * project without it (自有渠道 4.2.4: a referred third person counts only through the channel's own registration).
 */
public final class Pur6Referral {

    public static final String ID = "PUR-6";

    private Pur6Referral() {
    }

    public static boolean withinWindow(LocalDate depositDay, LocalDate referredVisitDay, ProjectPolicy policy) {
        return policy.referralDays() > 0 && !referredVisitDay.isBefore(depositDay)
                && !referredVisitDay.isAfter(Days.lastOf(depositDay, policy.referralDays()));
    }
}
