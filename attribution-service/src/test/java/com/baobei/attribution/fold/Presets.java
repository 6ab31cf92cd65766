package com.baobei.attribution.fold;

import com.baobei.attribution.policies.PolicyPresets;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;

/** A preset's policy as a project started from it would have it (ADR 0029): the values copied, version 1. */
final class Presets {

    private Presets() {
    }

    static ProjectPolicy policy(String presetId) {
        return PolicyPresets.find(presetId).orElseThrow().policy();
    }

    /** A preset whose validity counts from the project's opening day, which only the project knows. */
    static ProjectPolicy policy(String presetId, LocalDate openingDay) {
        ProjectPolicy policy = new PolicySettings(null, null, null, null, null, null, openingDay, null, null, null, null,
                null, null, null, null, null, presetId).toPolicy(1, ProjectPolicy.BEGINNING);
        if (!policy.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", policy.problems()));
        }
        return policy;
    }
}
