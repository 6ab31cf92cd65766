package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fold's promise: the same set of events, in any arrival order and with re-sent duplicates, gives
 * an equal Outcome, with the cross-client rules (REG-6, VIS-3, PUR-4, PUR-5, PUR-6, ID-2, ID-3, PUR-3)
 * in the generated histories.
 */
class AnyArrivalOrderPropertyTest {

    /** A thousand generated histories; each case is reproducible from its seed alone. */
    static Stream<Arguments> histories() {
        return LongStream.range(0, 1000).map(i -> i * 0x9E3779B97F4A7C15L + 0x5DEECE66DL).boxed().flatMap(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int people = 1 + random.nextInt(60);
            int days = 1 + random.nextInt(20);
            return Stream.of(FoldForm.values()).map(form -> Arguments.of(form, seed, people, days));
        });
    }

    @ParameterizedTest(name = "{0} fold, seed {1}, {2} people, {3} days")
    @MethodSource("histories")
    void sameOutcomeInAnyArrivalOrder(FoldForm form, long seed, int people, int days) {
        List<EventEnvelope> history = HistoryGenerator.history(seed, people, days);
        PolicyHistory policies = HistoryGenerator.policies();
        Outcome expected = AttributionFold.fold(history, policies);
        Random random = new Random(seed * 31 + people);
        for (int round = 0; round < 3; round++) {
            List<EventEnvelope> arrival = new ArrayList<>(history);
            int resent = random.nextInt(1 + history.size() / 4);
            for (int i = 0; i < resent; i++) {
                arrival.add(history.get(random.nextInt(history.size())));
            }
            Collections.shuffle(arrival, random);
            assertThat(form.fold(arrival, policies, random)).isEqualTo(expected);
        }
        everyDecisionExplained(expected);
    }

    private static void everyDecisionExplained(Outcome outcome) {
        List<Explanation> all = new ArrayList<>();
        outcome.verdicts().forEach(v -> all.add(v.verdict().explanation()));
        outcome.clients().forEach(c -> c.history().forEach(h -> all.add(h.explanation())));
        outcome.purchases().forEach(p -> all.add(p.attribution().explanation()));
        outcome.disputes().forEach(d -> all.add(d.explanation()));
        for (Explanation e : all) {
            assertThat(e.ruleIds()).isNotEmpty();
            assertThat(e.eventIds()).isNotEmpty();
            assertThat(e.causedBy()).isEqualTo(e.eventIds().get(e.eventIds().size() - 1));
            assertThat(e.reasonZh()).isNotBlank();
            assertThat(e.reasonEn()).isNotBlank();
        }
        outcome.clients().forEach(c -> assertThat(c.current()).isEqualTo(c.history().get(c.history().size() - 1)));
    }
}
