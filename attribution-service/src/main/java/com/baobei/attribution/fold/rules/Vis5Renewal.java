package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/**
 * VIS-5: within the last {@code renewalWindowDays} [7] days of protection the owning channel may bring
 * the client again and re-sign; the new period starts the day after the old one ends.
 */
public final class Vis5Renewal {

    public static final String ID = "VIS-5";

    private Vis5Renewal() {
    }

    public static boolean inWindow(LocalDate visitDay, LocalDate protectedUntil, ProjectPolicy policy) {
        LocalDate first = protectedUntil.minusDays(policy.renewalWindowDays() - 1L);
        return policy.renewalWindowDays() > 0 && !visitDay.isBefore(first) && !visitDay.isAfter(protectedUntil);
    }

    public static LocalDate renewedUntil(LocalDate protectedUntil, ProjectPolicy policy) {
        return Days.lastOf(protectedUntil.plusDays(1), policy.protectionDays());
    }
}
