package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionChanges;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.SampleEvents;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ADR 0026: a publication names the event behind its decision, so the relay sends it in that event's trace, whatever
 * else the fold's burst held.
 */
class ReconcilerCauseTest {

    private static final Instant NOW = Instant.parse("2025-03-02T08:00:00Z");

    @Test
    @DisplayName("a registration's first verdict is published in the registration's trace")
    void firstVerdictNamesTheRegistration() {
        EventEnvelope registered = SampleEvents.registered();
        List<ProjectionChanges.Publication> verdicts = publications(List.of(registered), DecisionKind.VERDICT);

        assertThat(verdicts).singleElement()
                .satisfies(p -> assertThat(p.causeEventId()).isEqualTo(registered.eventId()));
    }

    @Test
    @DisplayName("every publication of a burst names the event its explanation says caused it, one of the burst's")
    void eachPublicationNamesItsOwnCause() {
        EventEnvelope registered = SampleEvents.registered();
        EventEnvelope visited = SampleEvents.visited();
        ProjectRef project = ProjectRef.of(registered);
        List<EventEnvelope> burst = List.of(registered, visited);
        Reconciler.Result result = new Reconciler(project, Map.of(), burst, NOW)
                .reconcile(AttributionFold.fold(burst, PolicyHistory.defaults()));

        assertThat(result.changes().publications).isNotEmpty().allSatisfy(p ->
                assertThat(p.causeEventId()).isIn(registered.eventId(), visited.eventId()));
        RegistrationVerdict verdict = result.changes().verdicts.get(0).verdict();
        assertThat(publications(burst, DecisionKind.VERDICT)).singleElement()
                .satisfies(p -> assertThat(p.causeEventId()).isEqualTo(verdict.explanation().causedBy()));
    }

    private static List<ProjectionChanges.Publication> publications(List<EventEnvelope> events, DecisionKind kind) {
        Reconciler.Result result = new Reconciler(ProjectRef.of(events.get(0)), Map.of(), events, NOW)
                .reconcile(AttributionFold.fold(events, PolicyHistory.defaults()));
        return result.changes().publications.stream().filter(p -> p.kind() == kind).toList();
    }
}
