package com.baobei.attribution.fold;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.time.Instant;
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

    static final int REGISTERED = 0;
    static final int VISITED = 1;
    static final int COMPANION_VISITED = 2;
    static final int FORM_SIGNED = 3;
    static final int PURCHASED = 4;
    static final int CANCELLED = 5;
    static final int DISPUTED = 6;
    static final int RULED = 7;

    private static final int INDEX_BITS = 22;
    private static final int KIND_BITS = 3;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private FoldOrder() {
    }

    public static EventEnvelope[] ordered(Collection<EventEnvelope> events) {
        return sweep(events).events();
    }

    /**
     * Dedupes and orders the events in one sweep over them, copying what the fold reads (times, ids, kinds)
     * into arrays on the way: every envelope is touched once here, then only the arrays are sorted.
     */
    static OrderedEvents sweep(Collection<EventEnvelope> events) {
        int size = events.size();
        EventEnvelope[] unique = new EventEnvelope[size];
        Instant[] times = new Instant[size];
        String[] ids = new String[size];
        byte[] kinds = new byte[size];
        long[] seconds = new long[size];
        int[] nanos = new int[size];
        EventData[] data = new EventData[size];
        String tenant = null;
        String project = null;
        boolean oneProject = true;
        int count = 0;
        // Dedupe by id in an open-addressing table of (hash, index) longs: one array, no node per event,
        // about half the cost of a HashMap on a big project. A slot is 0 when free.
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] table = new long[capacity];
        for (EventEnvelope event : events) {
            int kind = event == null ? -1 : kind(event.data());
            if (kind < 0) {
                continue;
            }
            if (tenant == null) {
                tenant = event.tenantId();
                project = event.projectId();
            } else if (oneProject && !(tenant.equals(event.tenantId()) && project.equals(event.projectId()))) {
                oneProject = false;
            }
            String id = event.eventId();
            int hash = id.hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                long entry = table[slot];
                if (entry == 0) {
                    table[slot] = ((long) hash << 32) | (count + 1L);
                    unique[count] = event;
                    keep(event, count, times, seconds, nanos);
                    data[count] = event.data();
                    ids[count] = id;
                    kinds[count] = (byte) kind;
                    count++;
                    break;
                }
                if ((int) (entry >>> 32) == hash) {
                    int index = (int) entry - 1;
                    EventEnvelope seen = unique[index];
                    if (ids[index].equals(id)) {
                        if (seen != event && !seen.equals(event) && TIE.compare(event, seen) < 0) {
                            unique[index] = event;
                            keep(event, index, times, seconds, nanos);
                            data[index] = event.data();
                            kinds[index] = (byte) kind;
                        }
                        break;
                    }
                }
                slot = (slot + 1) & mask;
            }
        }
        int[] order = order(unique, seconds, nanos, kinds, count);
        // one array at a time: each gather then reads one array at random, which stays in the core's cache
        long[] sortedSeconds = new long[count];
        int[] sortedNanos = new int[count];
        byte[] sortedKinds = new byte[count];
        for (int i = 0; i < count; i++) {
            sortedSeconds[i] = seconds[order[i]];
        }
        for (int i = 0; i < count; i++) {
            sortedNanos[i] = nanos[order[i]];
        }
        for (int i = 0; i < count; i++) {
            sortedKinds[i] = kinds[order[i]];
        }
        return new OrderedEvents(unique, order, gather(times, order, new Instant[count]),
                sortedSeconds, sortedNanos, gather(ids, order, new String[count]), sortedKinds,
                gather(data, order, new EventData[count]), oneProject);
    }

    private static <T> T[] gather(T[] from, int[] order, T[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = from[order[i]];
        }
        return to;
    }

    private static void keep(EventEnvelope event, int index, Instant[] times, long[] seconds, int[] nanos) {
        Instant at = event.occurredAt();
        times[index] = at;
        seconds[index] = at.getEpochSecond();
        nanos[index] = at.getNano();
    }

    /**
     * The positions of the first {@code n} events in {@link #ORDER}. Sorts packed primitives first:
     * (second, kind, position) when no time has a fraction of a second, else (second, position), which is
     * several times faster than comparing scattered envelopes; only runs sharing that prefix are ordered
     * with the full comparator. The result is exactly {@link #ORDER}.
     */
    private static int[] order(EventEnvelope[] unique, long[] seconds, int[] nanos, byte[] kinds, int n) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean wholeSeconds = true;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, seconds[i]);
            max = Math.max(max, seconds[i]);
            wholeSeconds &= nanos[i] == 0;
        }
        int prefixShift = wholeSeconds ? INDEX_BITS + KIND_BITS : INDEX_BITS;
        if (n >= (1 << INDEX_BITS) || n > 0 && max - min >= (1L << (63 - prefixShift))) {
            return byComparator(unique, n);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long key = (seconds[i] - min) << prefixShift | i;
            keys[i] = wholeSeconds ? key | (long) kinds[i] << INDEX_BITS : key;
        }
        Radix.sortByPrefix(keys, INDEX_BITS);
        int[] order = new int[n];
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & INDEX_MASK);
            if (i > 0 && (keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) {
                sortRun(order, runStart, i, unique, wholeSeconds);
                runStart = i;
            }
        }
        sortRun(order, runStart, n, unique, wholeSeconds);
        return order;
    }

    /**
     * Events sharing the packed prefix: few, so an insertion sort by the full order. When the prefix holds the
     * kind (whole seconds), they share business time and kind, so only what comes after those is compared.
     */
    private static void sortRun(int[] order, int from, int to, EventEnvelope[] unique, boolean sameInstantAndKind) {
        for (int i = from + 1; i < to; i++) {
            int item = order[i];
            int j = i;
            while (j > from && (sameInstantAndKind ? compareAfterKind(unique[order[j - 1]], unique[item])
                    : compare(unique[order[j - 1]], unique[item])) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = item;
        }
    }

    private static int[] byComparator(EventEnvelope[] unique, int n) {
        Integer[] all = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Arrays.sort(all, (a, b) -> compare(unique[a], unique[b]));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = all[i];
        }
        return order;
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

    /** {@link #compare} of two events of the same business time and kind: recording time, then event id. */
    private static int compareAfterKind(EventEnvelope a, EventEnvelope b) {
        int c = a.recordedAt().compareTo(b.recordedAt());
        return c != 0 ? c : a.eventId().compareTo(b.eventId());
    }

    /** At one instant, a fact comes after the facts it may depend on: a host visit before its companion, a visit before a purchase. */
    static int rank(EventEnvelope event) {
        return kind(event.data());
    }

    /** The rank of a fact the fold reads, or -1 for any other (the attribution's own decisions, statements). */
    static int kind(Object data) {
        if (data instanceof Registered) {
            return REGISTERED;
        }
        if (data instanceof Visited visited) {
            return visited.kind() == Visited.Kind.COMPANION ? COMPANION_VISITED : VISITED;
        }
        if (data instanceof VisitFormSigned) {
            return FORM_SIGNED;
        }
        if (data instanceof Purchased) {
            return PURCHASED;
        }
        if (data instanceof PurchaseCancelled) {
            return CANCELLED;
        }
        if (data instanceof Disputed) {
            return DISPUTED;
        }
        return data instanceof DisputeRuled ? RULED : -1;
    }
}
