package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import java.time.Instant;
import java.util.List;

/** {@link PolicyHistory#inForceAt} with each version's first instant computed once, for the hot loop. */
final class Policies {

    private final ProjectPolicy[] versions;
    private final Instant[] from;

    Policies(PolicyHistory history) {
        List<ProjectPolicy> list = history.versions();
        versions = list.toArray(new ProjectPolicy[0]);
        from = new Instant[versions.length];
        for (int i = 0; i < versions.length; i++) {
            ProjectPolicy p = versions[i];
            from[i] = p.effectiveFrom() == null || p.zone() == null
                    ? Instant.MAX : p.effectiveFrom().atStartOfDay(p.zone()).toInstant();
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
}
