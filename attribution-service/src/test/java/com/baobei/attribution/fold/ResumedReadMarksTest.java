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
import org.junit.jupiter.api.Test;
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

    @Test
    @DisplayName("REG-6: a dispute's proposal follows its registration's day as more of that day's registrations and visits come")
    void aDisputeReadsTheDayOfItsRegistration() {
        List<Facts.Fact> facts = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(Person.of("张", "1360000" + String.format("%04d", i)));
        }
        for (int i = 0; i < 9; i++) {
            facts.add(Facts.registration("a" + i).by("A").of(people.get(i)).at("2024-03-02 09:0" + i));
        }
        // A disputes its own client with 9 of the day's registrations: not yet a poor day
        facts.add(Facts.dispute("d1").by("A").about(people.get(0)).citing("a0").at("2024-03-02 09:30"));
        // the tenth makes the day poor (no visit yet); five visits of OTHER clients make it fine again
        facts.add(Facts.registration("a9").by("A").of(people.get(9)).at("2024-03-02 10:00"));
        for (int i = 1; i <= 5; i++) {
            facts.add(Facts.visit("v" + i).of(people.get(i)).naming("a" + i).at("2024-03-02 15:0" + i));
        }
        List<DisputeDecision> proposals = oneByOne(facts);
        assertThat(proposals).extracting(d -> d.explanation().ruleIds().contains("REG-6"))
                .as("the proposal cites REG-6 only while the day is poor").containsSubsequence(false, true, false);
    }

    @Test
    @DisplayName("PUR-7: a late claim's proposal follows a registration of the buyer that comes after it")
    void aLateClaimReadsTheBuyersRegistrations() {
        Person buyer = Person.of("王", "13812345678");
        List<Facts.Fact> facts = List.of(
                Facts.visit("v1").of(buyer).at("2024-03-01 10:00"),
                Facts.purchase("p1").by(buyer).at("2024-03-01 11:00"),
                // filed under another number than the buyer's: what it reads of the buyer is found through the purchase
                Facts.dispute("d1").by("A").about(Person.of("王", "13900001111")).lateClaim("p1").at("2024-03-02 10:00"),
                Facts.registration("r1").by("B").of(buyer).at("2024-03-02 11:00"));
        List<DisputeDecision> proposals = oneByOne(facts);
        assertThat(proposals).extracting(DisputeDecision::proposedOwnerChannelId).containsSubsequence("A", null);
    }

    /**
     * Folds the facts on one at a time in fold order, checks each read against the whole fold, and returns the first
     * dispute's decision after each step that has one.
     */
    private static List<DisputeDecision> oneByOne(List<Facts.Fact> facts) {
        PolicyHistory policies = PolicyHistory.defaults();
        List<EventEnvelope> all = new ArrayList<>();
        facts.forEach(f -> all.add(f.envelope()));
        List<EventEnvelope> ordered = AttributionFold.start(all, policies).orderedEvents();
        List<EventEnvelope> seen = new ArrayList<>(ordered.subList(0, 1));
        FoldState state = AttributionFold.start(seen, policies);
        List<DisputeDecision> proposals = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            seen.add(ordered.get(i));
            state = AttributionFold.resume(state, List.of(ordered.get(i)), policies);
            assertThat(state.resumedAt()).isPositive();
            assertThat(state.outcome()).as("the marked read after event %d", i).isEqualTo(AttributionFold.fold(seen, policies));
            if (!state.outcome().disputes().isEmpty()) {
                proposals.add(state.outcome().disputes().get(0));
            }
        }
        return proposals;
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
