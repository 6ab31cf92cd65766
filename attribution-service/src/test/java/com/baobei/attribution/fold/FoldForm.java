package com.baobei.attribution.fold;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two forms of the fold the tests run against (ADR 0031): the whole fold, and the resumable one fed the same
 * events in pieces cut at random fold positions, each piece resumed from the state the pieces before it left.
 */
enum FoldForm {

    WHOLE {
        @Override
        Outcome fold(List<EventEnvelope> arrival, PolicyHistory policies, Random random) {
            return AttributionFold.fold(arrival, policies);
        }
    },

    RESUMED {
        @Override
        Outcome fold(List<EventEnvelope> arrival, PolicyHistory policies, Random random) {
            List<List<EventEnvelope>> pieces = pieces(arrival, 1 + random.nextInt(5), random);
            FoldState state = AttributionFold.start(pieces.get(0), policies);
            for (int i = 1; i < pieces.size(); i++) {
                state = AttributionFold.resume(state, pieces.get(i), policies);
                (state.resumedAt() > 0 ? CONTINUED : REFOLDED).incrementAndGet();
            }
            return state.outcome();
        }
    };

    /** Resumes that went on from the state, and those that folded from the start (a late event or a form signing). */
    static final AtomicLong CONTINUED = new AtomicLong();
    static final AtomicLong REFOLDED = new AtomicLong();

    abstract Outcome fold(List<EventEnvelope> arrival, PolicyHistory policies, Random random);

    /**
     * The arrival list cut into {@code count} pieces at random fold positions: each event (and each copy of it)
     * goes to the piece its fold position falls in, in arrival order, so every piece but the first comes after
     * the pieces before it in business time, as live events do.
     */
    static List<List<EventEnvelope>> pieces(List<EventEnvelope> arrival, int count, Random random) {
        EventEnvelope[] ordered = FoldOrder.ordered(arrival);
        int[] cuts = new int[count + 1];
        cuts[count] = ordered.length;
        for (int i = 1; i < count; i++) {
            cuts[i] = ordered.length == 0 ? 0 : random.nextInt(ordered.length + 1);
        }
        java.util.Arrays.sort(cuts, 1, count);
        Map<String, Integer> pieceOf = new HashMap<>();
        int piece = 0;
        for (int position = 0; position < ordered.length; position++) {
            while (position >= cuts[piece + 1]) {
                piece++;
            }
            pieceOf.put(ordered[position].eventId(), piece);
        }
        List<List<EventEnvelope>> pieces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pieces.add(new ArrayList<>());
        }
        for (EventEnvelope event : arrival) {
            // facts the fold does not read have no position: any piece will do
            pieces.get(event == null ? 0 : pieceOf.getOrDefault(event.eventId(), random.nextInt(count))).add(event);
        }
        return pieces;
    }
}
