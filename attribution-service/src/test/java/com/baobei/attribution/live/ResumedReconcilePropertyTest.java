package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.FoldState;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.KnownDecision;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionChanges;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ADR 0031: after each resume the live path compares only the decisions that are not the previous Outcome's objects
 * ({@link Reconciler#reconcileSince}). What it would store and publish must be exactly what comparing the whole
 * fold's decisions with everything stored gives: the same rows with the same hashes and publication counts, the same
 * publications with the same causes, the same removals, and the same decisions remembered for the next burst.
 */
class ResumedReconcilePropertyTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static long resumed;
    private static long changedRows;
    private static long sliced;

    static Stream<Arguments> histories() {
        return LongStream.range(0, 200).map(i -> i * 0x9E3779B97F4A7C15L + 0x1234567L).mapToObj(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            return Arguments.of(seed, 1 + random.nextInt(80), 1 + random.nextInt(30));
        });
    }

    @ParameterizedTest(name = "seed {0}, {1} people, {2} days")
    @MethodSource("histories")
    @DisplayName("the live path's changes after each resume equal those of the whole fold compared with all that is stored")
    void changesAfterEachResumeEqualTheWholeFolds(long seed, int people, int days) {
        List<EventEnvelope> history = HistoryGenerator.history(seed, people, days);
        PolicyHistory policies = HistoryGenerator.policies();
        ProjectRef project = ProjectRef.of(history.get(0));
        List<EventEnvelope> ordered = AttributionFold.start(history, policies).orderedEvents();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] cuts = cuts(ordered.size(), 2 + random.nextInt(8), random);

        List<EventEnvelope> seen = new ArrayList<>(ordered.subList(0, cuts[1]));
        FoldState state = AttributionFold.start(seen, policies);
        var live = new Reconciler(project, Remembered.none(), state, NOW).reconcile(state.outcome()).decisions();
        var whole = new Reconciler(project, Remembered.none(), seen, NOW).reconcile(AttributionFold.fold(seen, policies))
                .decisions();
        for (int piece = 1; piece + 1 < cuts.length; piece++) {
            List<EventEnvelope> later = ordered.subList(cuts[piece], cuts[piece + 1]);
            seen.addAll(later);
            Outcome before = state.outcome();
            state = AttributionFold.resume(state, later, policies);
            // as LiveAttribution: only a fold that went on from the state compares what changed since (a form signed
            // for a visit already folded, or a dispute a folded ruling looked for, folds from the start)
            boolean wentOn = state.resumedAt() > 0;
            resumed += wentOn ? 1 : 0;
            // as LiveAttribution, the rows handed on in slices as they come (here a few rows each, so that most
            // resumes write several): together they are the very changes of one piece
            List<ProjectionChanges> slices = new ArrayList<>();
            Reconciler reconciler = new Reconciler(project, live, state, NOW).writingEvery(1 + random.nextInt(12), slices::add);
            Reconciler.Result fast = wentOn ? reconciler.reconcileSince(before, state.outcome())
                    : reconciler.reconcile(state.outcome());
            slices.add(fast.changes());
            ProjectionChanges written = merged(slices);
            Reconciler.Result all = new Reconciler(project, whole, seen, NOW).reconcile(AttributionFold.fold(seen, policies));

            assertThat(rows(written)).isEqualTo(rows(all.changes()));
            assertThat(publications(written)).isEqualTo(publications(all.changes()));
            assertThat(written.removed).isEqualTo(all.changes().removed);
            sliced += slices.size() - 1;
            assertThat(known(fast.decisions())).isEqualTo(known(all.decisions()));
            changedRows += rows(written).size();
            live = fast.decisions();
            whole = all.decisions();
        }
    }

    @AfterAll
    static void resumesWereCompared() {
        System.out.printf("ResumedReconcilePropertyTest: %d resumes compared, %d changed rows, %d slices written before"
                + " the end of a reconcile%n", resumed, changedRows, sliced);
        assertThat(sliced).isPositive();
        assertThat(resumed).isGreaterThan(200);
        assertThat(changedRows).isPositive();
    }

    /** Sorted cut points from 0 to {@code size}; the first piece is never empty when there is an event. */
    private static int[] cuts(int size, int pieces, SplittableRandom random) {
        int[] cuts = new int[pieces + 1];
        cuts[pieces] = size;
        for (int i = 1; i < pieces; i++) {
            cuts[i] = 1 + random.nextInt(Math.max(1, size));
        }
        Arrays.sort(cuts, 1, pieces);
        for (int i = 1; i < pieces; i++) {
            cuts[i] = Math.min(cuts[i], size);
        }
        return cuts;
    }

    /** The slices one reconcile handed on, in order, as one set of changes. */
    private static ProjectionChanges merged(List<ProjectionChanges> slices) {
        ProjectionChanges all = new ProjectionChanges();
        for (ProjectionChanges slice : slices) {
            all.verdicts.addAll(slice.verdicts);
            all.clients.addAll(slice.clients);
            all.purchases.addAll(slice.purchases);
            all.disputes.addAll(slice.disputes);
            all.publications.addAll(slice.publications);
            slice.removed.forEach((kind, ids) -> ids.forEach(id -> all.remove(kind, id)));
        }
        return all;
    }

    /** Each changed row as what is written: kind, id, hashes, publication count, cause time, whether new, the JSON. */
    private static List<String> rows(ProjectionChanges c) {
        List<String> out = new ArrayList<>();
        c.verdicts.forEach(v -> out.add("V " + v.verdict().registrationId() + " " + v.clientKey() + " " + v.hash() + " "
                + v.publications() + " " + v.causedAt() + " " + v.fresh() + " " + new String(v.json(), java.nio.charset.StandardCharsets.UTF_8)));
        c.clients.forEach(v -> out.add("C " + v.decision().clientKey() + " " + v.contentHash() + " " + v.decisionHash() + " "
                + v.publications() + " " + v.causedAt() + " " + v.fresh() + " " + new String(v.json(), java.nio.charset.StandardCharsets.UTF_8)
                + new String(v.historyJson(), java.nio.charset.StandardCharsets.UTF_8)));
        c.purchases.forEach(v -> out.add("P " + v.attribution().purchaseId() + " " + v.clientKey() + " " + v.hash() + " "
                + v.publications() + " " + v.causedAt() + " " + v.fresh() + " " + new String(v.json(), java.nio.charset.StandardCharsets.UTF_8)));
        c.disputes.forEach(v -> out.add("D " + v.decision().disputeId() + " " + v.hash() + " " + v.publications() + " "
                + v.causedAt() + " " + v.fresh() + " " + new String(v.json(), java.nio.charset.StandardCharsets.UTF_8)));
        return out;
    }

    private static List<String> publications(ProjectionChanges c) {
        List<String> out = new ArrayList<>();
        c.publications.forEach(p -> out.add(p.kind() + " " + p.decisionId() + " " + p.publication() + " " + p.contentHash()
                + " " + p.clientKey() + " " + p.causedAt() + " " + p.causeEventId() + " "
                + new String(p.body(), java.nio.charset.StandardCharsets.UTF_8)));
        return out;
    }

    private static Map<DecisionKind, Map<String, KnownDecision>> known(Map<DecisionKind, Map<String, Remembered>> decisions) {
        Map<DecisionKind, Map<String, KnownDecision>> out = new java.util.EnumMap<>(DecisionKind.class);
        decisions.forEach((kind, byId) -> {
            Map<String, KnownDecision> known = new java.util.HashMap<>();
            byId.forEach((id, r) -> known.put(id, r.known()));
            out.put(kind, known);
        });
        return out;
    }
}
