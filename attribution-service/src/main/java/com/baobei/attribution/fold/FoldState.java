package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A project folded up to its latest event, with the Outcome of that fold: the checkpoint
 * {@link AttributionFold#resume} folds later events on from (ADR 0031). It holds the mutable state of the fold,
 * so it is used once: resuming consumes it and returns the next one. Not thread-safe; one owner at a time.
 */
public final class FoldState {

    final PolicyHistory policies;
    /**
     * Null when no event of the project has been folded, and once consumed: a state that cannot be folded on is folded
     * again from the start, and the old one's arrays and records must not stay reachable through this object (the live
     * path still holds it) while the new ones are built beside them.
     */
    ProjectFold fold;
    private final Outcome outcome;
    private final int resumedAt;
    private boolean consumed;
    /** The Outcome of the state this one was folded on from, and the decisions that are not its objects (ADR 0031). */
    private final Outcome since;
    private final Outcome changed;

    FoldState(PolicyHistory policies, ProjectFold fold, Outcome outcome, int resumedAt) {
        this(policies, fold, outcome, resumedAt, null, null);
    }

    FoldState(PolicyHistory policies, ProjectFold fold, Outcome outcome, int resumedAt, Outcome since, Outcome changed) {
        this.policies = policies;
        this.fold = fold;
        this.outcome = outcome;
        this.resumedAt = resumedAt;
        this.since = since;
        this.changed = changed;
    }

    /**
     * When this state was folded on from the state whose Outcome is {@code before}: the decisions of {@link #outcome}
     * that are not {@code before}'s objects (new or changed), each kind in order of id; every other decision is the
     * very object {@code before} holds. Null when not known (another Outcome, a fold from the start): compare all.
     */
    public Outcome changedSince(Outcome before) {
        return before != null && before == since ? changed : null;
    }

    /** Equal to {@link AttributionFold#fold} of every event folded into this state. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * What the read of the decisions visited after the step that made this state, when it was a marked read (ADR
     * 0031, third round): {clients, registrations, purchases, disputes}; null when every item was read.
     */
    public int[] rereadItems() {
        return changed == null || fold == null || fold.marks == null ? null : fold.marks.reread.clone();
    }

    /** {@link #rereadItems} summed; -1 when every item was read. */
    public int reread() {
        int[] items = rereadItems();
        return items == null ? -1 : items[0] + items[1] + items[2] + items[3];
    }

    /** How many distinct events are folded. */
    public int events() {
        return fold == null ? 0 : fold.size();
    }

    /** The fold position the step that made this state began at: 0 for a whole fold, else the first new event's. */
    public int resumedAt() {
        return resumedAt;
    }

    /** The business time of the event at {@link #resumedAt}, null when that step folded nothing new. */
    public Instant resumedFrom() {
        return fold == null || resumedAt >= fold.size() ? null : fold.times[resumedAt];
    }

    /** The events folded, in fold order (a copy): what a fold from the start reads when this state cannot be resumed. */
    public List<EventEnvelope> orderedEvents() {
        return fold == null ? List.of() : Arrays.asList(fold.events());
    }

    /** The folded events by id (read only; kept from fold to fold). */
    public java.util.Map<String, EventEnvelope> eventsById() {
        return fold == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(fold.byId());
    }

    /** The latest business time folded, null when none. */
    public Instant latest() {
        return fold == null ? null : fold.asOf();
    }

    /** Takes the fold's state out of this object, once: it moves on, and this object keeps only its Outcome. */
    ProjectFold consume() {
        if (consumed) {
            throw new IllegalStateException("a fold state is resumed once: its state has moved on");
        }
        consumed = true;
        ProjectFold taken = fold;
        fold = null;
        return taken;
    }
}
