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
    /** Null when no event of the project has been folded. */
    final ProjectFold fold;
    private final Outcome outcome;
    private final int resumedAt;
    private boolean consumed;

    FoldState(PolicyHistory policies, ProjectFold fold, Outcome outcome, int resumedAt) {
        this.policies = policies;
        this.fold = fold;
        this.outcome = outcome;
        this.resumedAt = resumedAt;
    }

    /** Equal to {@link AttributionFold#fold} of every event folded into this state. */
    public Outcome outcome() {
        return outcome;
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

    void consume() {
        if (consumed) {
            throw new IllegalStateException("a fold state is resumed once: its state has moved on");
        }
        consumed = true;
    }
}
