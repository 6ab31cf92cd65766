package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ADR 0031, third round: after a resume the decisions are read only off the items the pass marked and those whose
 * queued deadline passed; every other decision is the last read's. The marks are complete when, after EVERY resume of
 * a history fed in small pieces in fold order (live traffic: one to three events at a time), that read equals the
 * whole fold of everything so far, and the decisions the state says changed ({@link FoldState#changedSince}) are
 * exactly those that are not the previous Outcome's objects (the reconciler compares only those).
 */
class ResumedReadMarksTest {

    private static long reads;
    private static long reread;
    private static long refolded;

    static Stream<Arguments> histories() {
        return LongStream.range(0, 300).map(i -> i * 0x9E3779B97F4A7C15L + 0x7F4A7C15L).mapToObj(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            // up to 90 days, so that protections and registrations lapse between the pieces (the deadline queue)
            return Arguments.of(seed, 1 + random.nextInt(80), 1 + random.nextInt(90));
        });
    }

    @ParameterizedTest(name = "seed {0}, {1} people, {2} days")
    @MethodSource("histories")
    @DisplayName("after every resume, the read of the marked items equals the whole fold of everything so far")
    void markedReadEqualsTheWholeRead(long seed, int people, int days) {
        List<EventEnvelope> history = HistoryGenerator.history(seed, people, days);
        PolicyHistory policies = HistoryGenerator.policies();
        List<EventEnvelope> ordered = AttributionFold.start(history, policies).orderedEvents();
        SplittableRandom random = new SplittableRandom(seed ^ 0x3C6EF372FE94F82BL);
        int first = Math.min(ordered.size(), 1 + random.nextInt(Math.max(1, ordered.size() / 3)));
        List<EventEnvelope> seen = new ArrayList<>(ordered.subList(0, first));
        FoldState state = AttributionFold.start(seen, policies);
        int at = first;
        while (at < ordered.size()) {
            int to = Math.min(ordered.size(), at + 1 + random.nextInt(3));
            List<EventEnvelope> later = ordered.subList(at, to);
            seen.addAll(later);
            Outcome before = state.outcome();
            state = AttributionFold.resume(state, later, policies);
            Outcome whole = AttributionFold.fold(seen, policies);
            assertThat(state.outcome()).as("the marked read after event %d of %d", to, ordered.size()).isEqualTo(whole);
            if (state.resumedAt() == 0) {
                // a form signed for a visit already folded, a dispute a folded ruling looked for: from the start
                refolded++;
                assertThat(state.changedSince(before)).isNull();
                at = to;
                continue;
            }
            Outcome changed = state.changedSince(before);
            assertThat(changed).isNotNull();
            sameChanges(before.verdicts(), state.outcome().verdicts(), changed.verdicts(), d -> d.verdict().registrationId());
            sameChanges(before.clients(), state.outcome().clients(), changed.clients(), ClientDecision::clientKey);
            sameChanges(before.purchases(), state.outcome().purchases(), changed.purchases(), d -> d.attribution().purchaseId());
            sameChanges(before.disputes(), state.outcome().disputes(), changed.disputes(), DisputeDecision::disputeId);
            reads++;
            reread += state.reread();
            at = to;
        }
    }

    /** The changed decisions are, in order, exactly the decisions of {@code now} that are not objects of {@code before}. */
    private static <T> void sameChanges(List<T> before, List<T> now, List<T> changed, Function<T, String> idOf) {
        Map<String, T> earlier = new HashMap<>();
        before.forEach(d -> earlier.put(idOf.apply(d), d));
        List<T> expected = new ArrayList<>();
        for (T d : now) {
            if (earlier.get(idOf.apply(d)) != d) {
                expected.add(d);
            }
        }
        assertThat(changed).containsExactlyElementsOf(expected);
    }

    @AfterAll
    static void readsWereCompared() {
        System.out.printf("ResumedReadMarksTest: %d marked reads compared with the whole fold (%.2f items re-read per read),"
                + " %d resumes folded from the start%n", reads, reads == 0 ? 0.0 : (double) reread / reads, refolded);
        assertThat(reads).isGreaterThan(10_000);
    }
}
