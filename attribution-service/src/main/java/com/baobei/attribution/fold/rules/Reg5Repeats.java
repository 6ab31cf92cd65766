package com.baobei.attribution.fold.rules;

import com.baobei.attribution.policy.ProjectPolicy;

/** REG-5: one channel may register one client at most {@code repeatLimit} [3] times. */
public final class Reg5Repeats {

    public static final String ID = "REG-5";

    private Reg5Repeats() {
    }

    public static boolean allowed(int earlierRegistrationsBySameChannel, ProjectPolicy policy) {
        return earlierRegistrationsBySameChannel < policy.repeatLimit();
    }
}
