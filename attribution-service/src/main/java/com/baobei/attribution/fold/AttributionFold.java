package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.util.Collection;

/** The rulebook as one pure function of a project's events and its policy versions. */
public final class AttributionFold {

    private AttributionFold() {
    }

    /**
     * Pure: no clock, no I/O, no framework. The same set of events in any order, with the same
     * policies, gives an equal Outcome. Input: every event of ONE project, any order, possibly
     * with duplicates by eventId (ignored).
     */
    public static Outcome fold(Collection<EventEnvelope> projectEvents, PolicyHistory policies) {
        if (projectEvents.isEmpty()) {
            return Outcome.empty();
        }
        return Outcome.empty();
    }
}
