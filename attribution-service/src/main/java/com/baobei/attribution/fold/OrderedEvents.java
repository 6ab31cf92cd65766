package com.baobei.attribution.fold;

import com.baobei.contracts.EventEnvelope;
import java.time.Instant;

/**
 * A project's events in fold order, with what the fold reads of every event copied into compact arrays
 * by the one sweep that orders them ({@link FoldOrder#sweep}): the pass and the explanations then read
 * these arrays instead of touching a scattered envelope again.
 */
final class OrderedEvents {

    final EventEnvelope[] events;
    final Instant[] times;
    /** Business times as primitives (for binary searches and the policy in force). */
    final long[] seconds;
    final int[] nanos;
    final String[] ids;
    /** The causal kind of each fact, {@link FoldOrder#rank}: which step folds it. */
    final byte[] kinds;

    OrderedEvents(EventEnvelope[] events, Instant[] times, long[] seconds, int[] nanos, String[] ids, byte[] kinds) {
        this.events = events;
        this.times = times;
        this.seconds = seconds;
        this.nanos = nanos;
        this.ids = ids;
        this.kinds = kinds;
    }

    int size() {
        return events.length;
    }
}
