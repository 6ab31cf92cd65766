package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/**
 * VIS-2: a first visit with no valid registration is natural: the client is the office's, protected
 * against registrations for {@code naturalProtectionDays} [30] days counting the visit day as day 1.
 */
public final class Vis2NaturalVisit {

    public static final String ID = "VIS-2";

    private Vis2NaturalVisit() {
    }

    public static LocalDate protectedUntil(LocalDate visitDay, ProjectPolicy policy) {
        return Days.lastOf(visitDay, policy.naturalProtectionDays());
    }
}
