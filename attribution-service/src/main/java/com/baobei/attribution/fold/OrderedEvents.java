package com.baobei.attribution.fold;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import java.time.Instant;

/**
 * A project's events in fold order, with what the fold reads of every event copied into compact arrays
 * by the one sweep that orders them ({@link FoldOrder#sweep}): the pass and the explanations then read
 * these arrays instead of touching a scattered envelope again.
 */
final class OrderedEvents {

    /** The envelopes as deduped (in arrival order), and by fold position where each of them is. */
    private final EventEnvelope[] unique;
    private final int[] order;
    final Instant[] times;
    /** Business times as primitives (for binary searches and the policy in force). */
    final long[] seconds;
    final int[] nanos;
    final String[] ids;
    /** The causal kind of each fact, {@link FoldOrder#rank}: which step folds it. */
    final byte[] kinds;
    /** Each event's facts: the pass reads them from here, not through the envelope. */
    final EventData[] data;
    /** Every event names the same tenant and project, so the pass need not check each one. */
    final boolean oneProject;

    OrderedEvents(EventEnvelope[] unique, int[] order, Instant[] times, long[] seconds, int[] nanos, String[] ids, byte[] kinds,
                  EventData[] data, boolean oneProject) {
        this.unique = unique;
        this.order = order;
        this.data = data;
        this.oneProject = oneProject;
        this.times = times;
        this.seconds = seconds;
        this.nanos = nanos;
        this.ids = ids;
        this.kinds = kinds;
    }

    int size() {
        return order.length;
    }

    /** The envelope at a fold position (read rarely: everything the fold reads often is in the arrays). */
    EventEnvelope event(int position) {
        return unique[order[position]];
    }

    /** The envelopes in fold order. */
    EventEnvelope[] events() {
        EventEnvelope[] events = new EventEnvelope[order.length];
        for (int i = 0; i < events.length; i++) {
            events[i] = unique[order[i]];
        }
        return events;
    }
}
