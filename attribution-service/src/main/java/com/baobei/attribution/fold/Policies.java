package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import java.time.Instant;
import java.util.List;

/** {@link PolicyHistory#inForceAt} with each version's first instant computed once, for the hot loop. */
final class Policies {

    private final ProjectPolicy[] versions;
    private final Instant[] from;
    /** {@link #from} as primitives, for the sweep over the ordered events' times. */
    private final long[] fromSeconds;
    private final int[] fromNanos;

    Policies(PolicyHistory history) {
        List<ProjectPolicy> list = history.versions();
        versions = list.toArray(new ProjectPolicy[0]);
        from = new Instant[versions.length];
        for (int i = 0; i < versions.length; i++) {
            ProjectPolicy p = versions[i];
            from[i] = p.effectiveFrom() == null || p.zone() == null
                    ? Instant.MAX : p.effectiveFrom().atStartOfDay(p.zone()).toInstant();
        }
        fromSeconds = new long[versions.length];
        fromNanos = new int[versions.length];
        for (int i = 0; i < versions.length; i++) {
            fromSeconds[i] = from[i].getEpochSecond();
            fromNanos[i] = from[i].getNano();
        }
        if (!history.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid policy: " + history.problems());
        }
    }

    ProjectPolicy at(Instant time) {
        for (int i = versions.length - 1; i > 0; i--) {
            if (!time.isBefore(from[i])) {
                return versions[i];
            }
        }
        return versions[0];
    }

    /** {@link #at(Instant)} for a time given as epoch second and nano. */
    ProjectPolicy at(long second, int nano) {
        for (int i = versions.length - 1; i > 0; i--) {
            if (second > fromSeconds[i] || second == fromSeconds[i] && nano >= fromNanos[i]) {
                return versions[i];
            }
        }
        return versions[0];
    }
}
