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
     * The whole fold as a state that later events can be folded on from ({@link #resume}); its Outcome equals
     * {@link #fold}'s.
     */
    public static FoldState start(Collection<EventEnvelope> projectEvents, PolicyHistory policies) {
        Policies inForce = new Policies(policies);
        OrderedEvents ordered = FoldOrder.sweep(projectEvents);
        if (ordered.size() == 0) {
            return new FoldState(policies, null, Outcome.empty(), 0);
        }
        ProjectFold fold = new ProjectFold(ordered, inForce);
        return new FoldState(policies, fold, fold.runResumable(), 0);
    }

    /**
     * The resumable form (ADR 0031): the state of a fold plus later events gives an Outcome equal to
     * {@link #fold} of all of them. When every new event sorts after the last folded one, and none changes what
     * the pass read ahead (a form signing of a visit already folded, a dispute a folded ruling looked for), the
     * pass goes on from the state and only the decisions are read off again; otherwise (a late event, another
     * policy history, an id re-used by a different event) the events are folded from the start. Consumes
     * {@code state}: use the returned one next.
     */
    public static FoldState resume(FoldState state, Collection<EventEnvelope> later, PolicyHistory policies) {
        ProjectFold fold = state.consume();
        if (fold == null) {
            return start(later, policies);
        }
        List<EventEnvelope> fresh = new java.util.ArrayList<>(later.size());
        java.util.Map<String, EventEnvelope> folded = fold.byId();
        boolean conflict = false;
        for (EventEnvelope event : later) {
            EventEnvelope known = event == null ? null : folded.get(event.eventId());
            if (known == null) {
                fresh.add(event);
            } else if (!known.equals(event)) {
                conflict = true; // which of the two stands depends on the order: decided by a fold from the start
            }
        }
        OrderedEvents more = FoldOrder.sweep(fresh);
        if (!conflict && state.policies.equals(policies) && fold.canExtend(more)) {
            int from = fold.size();
            if (more.size() == 0) {
                return new FoldState(policies, fold, state.outcome(), from, state.outcome(), Outcome.empty());
            }
            fold.extend(more);
            Outcome outcome = fold.decisionsKeepingState();
            return new FoldState(policies, fold, outcome, from, state.outcome(), fold.changed());
        }
        List<EventEnvelope> all = new java.util.ArrayList<>(fold.size() + later.size());
        all.addAll(java.util.Arrays.asList(fold.events()));
        all.addAll(later);
        // the old state is of no more use: let it go before the new one is built (a project's state is its size again)
        fold = null;
        folded = null;
        more = null;
        return start(all, policies);
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
