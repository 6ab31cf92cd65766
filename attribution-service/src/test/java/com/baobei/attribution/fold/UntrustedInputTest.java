package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Imports and partner bugs: the fold decides on missing or malformed fields instead of failing. */
class UntrustedInputTest {

    private static EventEnvelope env(String id, int minute, com.baobei.contracts.EventData data) {
        Instant at = Instant.parse("2024-03-02T02:00:00Z").plusSeconds(60L * minute);
        return EventEnvelope.of(id, "t1", "p1", null, at, at, data);
    }

    @Test
    @DisplayName("ID-1 REG-8 nulls everywhere: registrations are rejected, nothing throws, any order agrees")
    void nullsEverywhere() {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(env("e1", 0, new Registered(null, "A", null, null, "王", "138****5678", null, null, null, null)));
        events.add(env("e2", 1, new Registered("r2", null, null, null, "王", "138****5678", null, null,
                Registered.Intake.API, null)));
        events.add(env("e3", 2, new Registered("r3", "A", null, null, null, null, null, null, Registered.Intake.API, null)));
        events.add(env("e4", 40, new Visited(null, null, null, "138****5678", null, null, "r2", null, "nope", "nobody",
                false, null)));
        events.add(env("e5", 41, new Visited("v5", Visited.Kind.CLIENT, "李", "not-a-phone", null, null, null, null, null,
                null, false, null)));
        events.add(env("e6", 50, new VisitFormSigned(null, null)));
        events.add(env("e7", 60, new Purchased(null, null, null, null, null, null, "138****5678", null, null, null, false)));
        events.add(env("e8", 61, new Purchased("p8", null, null, null, null, null, "138****5678", null, null,
                new Purchased.RelatedParty(null, null, null, null, null), false)));
        events.add(env("e9", 62, new PurchaseCancelled(null, null)));
        events.add(env("e10", 63, new Disputed("d10", null, null, null, null, null, "r2", "p8", null, null)));
        events.add(env("e11", 64, new DisputeRuled("d10", null, null, null, null, null, null, null)));
        events.add(env("e12", 65, new DisputeRuled(null, DisputeRuled.OwnerKind.CHANNEL, null, null, null, null, null,
                List.of("bad"))));
        events.add(env("e13", 66, new Disputed("d13", "B", null, Disputed.Kind.LATE_CLAIM, "王", "138****5678", null,
                "unknown-purchase", List.of("x"), null)));

        Outcome outcome = AttributionFold.fold(events, PolicyHistory.defaults());
        List<EventEnvelope> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);

        assertThat(AttributionFold.fold(reversed, PolicyHistory.defaults())).isEqualTo(outcome);
        assertThat(outcome.verdicts()).allSatisfy(v -> assertThat(v.verdict().verdict()).isEqualTo(Verdict.REJECTED));
        assertThat(outcome.disputes()).extracting(DisputeDecision::status).containsOnly(DisputeStatus.REJECTED);
    }

    @Test
    @DisplayName("no events, or only the service's own decisions, decide nothing")
    void nothingToFold() {
        assertThat(AttributionFold.fold(List.of(), PolicyHistory.defaults())).isEqualTo(Outcome.empty());
    }
}
