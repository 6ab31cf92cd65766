package com.baobei.attribution.fold;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

/**
 * The fold's total order: business time, then (only between events of the very same instant) the
 * causal kind of fact (registration, visit, companion visit, form signing, purchase, cancellation,
 * dispute, ruling), then recording time, then event id; never arrival order.
 * Duplicates by event id are dropped; when two different envelopes share an id (a producer bug) the one
 * first in this order is kept, so even that is independent of arrival order. Only the facts the fold
 * reads are kept (the attribution's own decisions and commission statements are not its input).
 */
public final class FoldOrder {

    public static final Comparator<EventEnvelope> ORDER = FoldOrder::compare;

    private static final Comparator<EventEnvelope> TIE = ORDER
            .thenComparing(EventEnvelope::eventType)
            .thenComparing(e -> String.valueOf(e.data()));

    private static final int INDEX_BITS = 22;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private FoldOrder() {
    }

    public static EventEnvelope[] ordered(Collection<EventEnvelope> events) {
        EventEnvelope[] unique = new EventEnvelope[events.size()];
        int count = 0;
        // Dedupe by id in an open-addressing table of (hash, index) longs: one array, no node per event,
        // about half the cost of a HashMap on a big project. A slot is 0 when free.
        int capacity = Integer.highestOneBit(Math.max(2, events.size()) * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] table = new long[capacity];
        for (EventEnvelope event : events) {
            if (event == null || !isInput(event)) {
                continue;
            }
            String id = event.eventId();
            int hash = id.hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                long entry = table[slot];
                if (entry == 0) {
                    table[slot] = ((long) hash << 32) | (count + 1L);
                    unique[count++] = event;
                    break;
                }
                if ((int) (entry >>> 32) == hash) {
                    int index = (int) entry - 1;
                    EventEnvelope seen = unique[index];
                    if (seen.eventId().equals(id)) {
                        if (seen != event && !seen.equals(event) && TIE.compare(event, seen) < 0) {
                            unique[index] = event;
                        }
                        break;
                    }
                }
                slot = (slot + 1) & mask;
            }
        }
        return sort(count == unique.length ? unique : Arrays.copyOf(unique, count));
    }

    /**
     * Sorts by whole seconds of business time first as packed primitives (second, index), which is
     * several times faster than comparing scattered envelopes, then orders each run of one second with the
     * full comparator. The result is exactly {@link #ORDER}.
     */
    private static EventEnvelope[] sort(EventEnvelope[] unique) {
        int n = unique.length;
        if (n < 2) {
            return unique;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (EventEnvelope e : unique) {
            long s = e.occurredAt().getEpochSecond();
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        if (n >= (1 << INDEX_BITS) || max - min >= (1L << (63 - INDEX_BITS))) {
            Arrays.sort(unique, ORDER);
            return unique;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((unique[i].occurredAt().getEpochSecond() - min) << INDEX_BITS) | i;
        }
        Arrays.sort(keys);
        EventEnvelope[] ordered = new EventEnvelope[n];
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            ordered[i] = unique[(int) (keys[i] & INDEX_MASK)];
            if (i > 0 && (keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) {
                if (i - runStart > 1) {
                    Arrays.sort(ordered, runStart, i, ORDER);
                }
                runStart = i;
            }
        }
        if (n - runStart > 1) {
            Arrays.sort(ordered, runStart, n, ORDER);
        }
        return ordered;
    }

    /** The fold order, written out (no comparator chain: this is the hot path of every fold). */
    static int compare(EventEnvelope a, EventEnvelope b) {
        int c = a.occurredAt().compareTo(b.occurredAt());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(rank(a), rank(b));
        if (c != 0) {
            return c;
        }
        c = a.recordedAt().compareTo(b.recordedAt());
        return c != 0 ? c : a.eventId().compareTo(b.eventId());
    }

    /** At one instant, a fact comes after the facts it may depend on: a host visit before its companion, a visit before a purchase. */
    static int rank(EventEnvelope event) {
        Object data = event.data();
        if (data instanceof Registered) {
            return 0;
        }
        if (data instanceof Visited visited) {
            return visited.kind() == Visited.Kind.COMPANION ? 2 : 1;
        }
        if (data instanceof VisitFormSigned) {
            return 3;
        }
        if (data instanceof Purchased) {
            return 4;
        }
        if (data instanceof PurchaseCancelled) {
            return 5;
        }
        return data instanceof Disputed ? 6 : 7;
    }

    static boolean isInput(EventEnvelope event) {
        Object data = event.data();
        return data instanceof Registered || data instanceof Visited || data instanceof Purchased
                || data instanceof VisitFormSigned || data instanceof PurchaseCancelled
                || data instanceof Disputed || data instanceof DisputeRuled;
    }
}
