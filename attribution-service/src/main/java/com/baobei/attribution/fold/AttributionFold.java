package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.util.Collection;
import java.util.List;

/**
 * The rulebook as one pure function of a project's events and its policy versions (ADR 0005).
 * The events are put in fold order ({@link FoldOrder}), folded once into a mutable project state that
 * never leaves this package, and the decisions are read off the complete state as of the project's
 * latest business time. No clock, no I/O, no framework.
 */
public final class AttributionFold {

    private AttributionFold() {
    }

    /**
     * Pure: no clock, no I/O, no framework. The same set of events in any order, with the same
     * policies, gives an equal Outcome. Input: every event of ONE project, any order, possibly
     * with duplicates by eventId (ignored).
     *
     * @throws IllegalArgumentException when a policy version is invalid ({@link PolicyHistory#problems()})
     */
    public static Outcome fold(Collection<EventEnvelope> projectEvents, PolicyHistory policies) {
        Policies inForce = new Policies(policies);
        OrderedEvents ordered = FoldOrder.sweep(projectEvents);
        if (ordered.size() == 0) {
            return Outcome.empty();
        }
        return new ProjectFold(ordered, inForce).run();
    }

    /**
     * RPT-1: each channel's and agent's figures per office day, from the same pass as {@link #fold}; the channel
     * rows' clients and visited clients are the very counts REG-6 judged. Sorted by day, channel, then agent.
     */
    public static List<DayFigures> report(Collection<EventEnvelope> projectEvents, PolicyHistory policies) {
        Policies inForce = new Policies(policies);
        OrderedEvents ordered = FoldOrder.sweep(projectEvents);
        if (ordered.size() == 0) {
            return List.of();
        }
        return new ProjectFold(ordered, inForce).report();
    }
}
