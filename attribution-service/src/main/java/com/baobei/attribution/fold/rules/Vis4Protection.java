package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/**
 * VIS-4: a confirmed first visit opens a protection period of {@code protectionDays} [30] days from the
 * visit day, the visit day counting as day 1: a visit on 2 March is protected to the end of 31 March.
 */
public final class Vis4Protection {

    public static final String ID = "VIS-4";

    private Vis4Protection() {
    }

    public static LocalDate protectedUntil(LocalDate visitDay, ProjectPolicy policy) {
        return Days.lastOf(visitDay, policy.protectionDays());
    }
}
