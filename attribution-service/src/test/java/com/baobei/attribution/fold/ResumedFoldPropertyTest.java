package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ADR 0031: a fold resumed from a state plus later events decides exactly what the whole fold decides. Generated
 * histories (the order-independence test's generator) are cut at random points, in fold order (live events) and in
 * arrival order (late events: the resume must then fold from the start), and compared decision by decision.
 */
class ResumedFoldPropertyTest {

    private static long continued;
    private static long refolded;

    static Stream<Arguments> histories() {
        return LongStream.range(0, 500).map(i -> i * 0x632BE59BD9B4E019L + 0x2545F4914F6CDD1DL).mapToObj(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            return Arguments.of(seed, 1 + random.nextInt(80), 1 + random.nextInt(30));
        });
    }

    @ParameterizedTest(name = "seed {0}, {1} people, {2} days")
    @MethodSource("histories")
    @DisplayName("a history cut at random points and resumed piece by piece decides what the whole fold decides")
    void resumedEqualsWhole(long seed, int people, int days) {
        List<EventEnvelope> history = HistoryGenerator.history(seed, people, days);
        PolicyHistory policies = HistoryGenerator.policies();
        Outcome whole = AttributionFold.fold(history, policies);
        Random random = new Random(seed);

        // live: pieces in fold order, each after the ones before
        List<List<EventEnvelope>> pieces = FoldForm.pieces(history, 2 + random.nextInt(6), random);
        sameDecisions(resume(pieces, policies), whole);

        // late: pieces of a shuffled arrival, so a piece may hold events before the state's last
        List<EventEnvelope> arrival = new ArrayList<>(history);
        Collections.shuffle(arrival, random);
        List<List<EventEnvelope>> late = new ArrayList<>();
        int cuts = 1 + random.nextInt(4);
        int from = 0;
        for (int i = 0; i < cuts; i++) {
            int to = i == cuts - 1 ? arrival.size() : from + random.nextInt(arrival.size() - from + 1);
            late.add(arrival.subList(from, to));
            from = to;
        }
        sameDecisions(resume(late, policies), whole);
    }

    @AfterAll
    static void resumesWentOnFromTheState() {
        // the test must exercise the resumed path, not only the fold from the start it falls back to
        System.out.printf("ResumedFoldPropertyTest: %d resumes went on from the state, %d folded from the start%n",
                continued, refolded);
        assertThat(continued).isGreaterThan(refolded / 4);
    }

    private static Outcome resume(List<List<EventEnvelope>> pieces, PolicyHistory policies) {
        FoldState state = AttributionFold.start(pieces.get(0), policies);
        for (int i = 1; i < pieces.size(); i++) {
            state = AttributionFold.resume(state, pieces.get(i), policies);
            if (state.resumedAt() > 0) {
                continued++;
            } else {
                refolded++;
            }
        }
        return state.outcome();
    }

    private static void sameDecisions(Outcome resumed, Outcome whole) {
        assertThat(resumed.verdicts()).hasSameSizeAs(whole.verdicts());
        for (int i = 0; i < whole.verdicts().size(); i++) {
            assertThat(resumed.verdicts().get(i)).isEqualTo(whole.verdicts().get(i));
        }
        assertThat(resumed.clients()).hasSameSizeAs(whole.clients());
        for (int i = 0; i < whole.clients().size(); i++) {
            assertThat(resumed.clients().get(i)).isEqualTo(whole.clients().get(i));
        }
        assertThat(resumed.purchases()).hasSameSizeAs(whole.purchases());
        for (int i = 0; i < whole.purchases().size(); i++) {
            assertThat(resumed.purchases().get(i)).isEqualTo(whole.purchases().get(i));
        }
        assertThat(resumed.disputes()).hasSameSizeAs(whole.disputes());
        for (int i = 0; i < whole.disputes().size(); i++) {
            assertThat(resumed.disputes().get(i)).isEqualTo(whole.disputes().get(i));
        }
        assertThat(resumed).isEqualTo(whole);
    }
}
