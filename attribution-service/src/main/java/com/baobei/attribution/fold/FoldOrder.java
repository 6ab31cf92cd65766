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
import java.util.HashMap;
import java.util.Map;

/**
 * The fold's total order: business time, then (only between events of the very same instant) the
 * causal kind of fact (registration, visit, companion visit, form signing, purchase, cancellation,
 * dispute, ruling), then recording time, then event id; never arrival order.
 * Duplicates by event id are dropped; when two different envelopes share an id (a producer bug) the one
 * first in this order is kept, so even that is independent of arrival order. Only the facts the fold
 * reads are kept (the attribution's own decisions and commission statements are not its input).
 */
public final class FoldOrder {

    public static final Comparator<EventEnvelope> ORDER = Comparator
            .comparing(EventEnvelope::occurredAt)
            .thenComparingInt(FoldOrder::rank)
            .thenComparing(EventEnvelope::recordedAt)
            .thenComparing(EventEnvelope::eventId);

    private static final Comparator<EventEnvelope> TIE = ORDER
            .thenComparing(EventEnvelope::eventType)
            .thenComparing(e -> String.valueOf(e.data()));

    private FoldOrder() {
    }

    public static EventEnvelope[] ordered(Collection<EventEnvelope> events) {
        Map<String, EventEnvelope> byId = new HashMap<>(Math.max(16, events.size() * 4 / 3 + 1));
        for (EventEnvelope event : events) {
            if (event == null || !isInput(event)) {
                continue;
            }
            EventEnvelope seen = byId.putIfAbsent(event.eventId(), event);
            if (seen != null && seen != event && !seen.equals(event) && TIE.compare(event, seen) < 0) {
                byId.put(event.eventId(), event);
            }
        }
        EventEnvelope[] ordered = byId.values().toArray(new EventEnvelope[0]);
        Arrays.sort(ordered, ORDER);
        return ordered;
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
