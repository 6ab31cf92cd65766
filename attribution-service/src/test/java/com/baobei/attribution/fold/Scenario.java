package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Given/when/then for the fold: {@code given(facts).when(facts).then()} folds every fact (in a
 * shuffled arrival order, to keep every scenario honest about order) and offers the decisions.
 */
final class Scenario {

    static final String TENANT = "t1";
    static final String PROJECT = "p1";

    private final List<EventEnvelope> events = new ArrayList<>();
    private PolicyHistory policies = PolicyHistory.defaults();

    static Scenario given(Facts.Fact... facts) {
        return new Scenario().and(facts);
    }

    Scenario and(Facts.Fact... facts) {
        for (Facts.Fact fact : facts) {
            events.add(fact.envelope());
        }
        return this;
    }

    Scenario when(Facts.Fact... facts) {
        return and(facts);
    }

    Scenario policy(ProjectPolicy... versions) {
        this.policies = PolicyHistory.of(versions);
        return this;
    }

    Then then() {
        List<EventEnvelope> arrival = new ArrayList<>(events);
        Collections.reverse(arrival);
        Outcome reversed = AttributionFold.fold(arrival, policies);
        Outcome inOrder = AttributionFold.fold(events, policies);
        assertThat(reversed).as("the same outcome in any arrival order").isEqualTo(inOrder);
        return new Then(inOrder);
    }

    /** RPT-1's day rows of these events, the same in any arrival order. */
    List<DayFigures> report() {
        List<EventEnvelope> arrival = new ArrayList<>(events);
        Collections.reverse(arrival);
        List<DayFigures> inOrder = AttributionFold.report(events, policies);
        assertThat(AttributionFold.report(arrival, policies)).as("the same report in any arrival order").isEqualTo(inOrder);
        return inOrder;
    }

    /** A policy like the default with some fields changed. */
    static ProjectPolicy with(java.util.function.UnaryOperator<PolicyEdit> edit) {
        return edit.apply(new PolicyEdit(ProjectPolicy.defaults())).policy;
    }

    static final class PolicyEdit {
        ProjectPolicy policy;

        PolicyEdit(ProjectPolicy policy) {
            this.policy = policy;
        }

        PolicyEdit validity(com.baobei.attribution.policy.ValidityMode mode, int days, java.time.LocalDate opening) {
            ProjectPolicy p = policy;
            policy = new ProjectPolicy(p.version(), p.effectiveFrom(), p.zone(), p.leadTimeMinutes(), mode, days, opening,
                    p.protectionDays(), p.naturalProtectionDays(), p.renewalWindowDays(), p.repeatLimit(),
                    p.qualityMinRegistrations(), p.qualityMinVisitRatePercent(), p.referralDays(), p.lateClaimDays(),
                    p.excludedUnitTypes());
            return this;
        }

        PolicyEdit leadTime(int minutes) {
            ProjectPolicy p = policy;
            policy = new ProjectPolicy(p.version(), p.effectiveFrom(), p.zone(), minutes, p.validityMode(), p.validityDays(),
                    p.openingDay(), p.protectionDays(), p.naturalProtectionDays(), p.renewalWindowDays(), p.repeatLimit(),
                    p.qualityMinRegistrations(), p.qualityMinVisitRatePercent(), p.referralDays(), p.lateClaimDays(),
                    p.excludedUnitTypes());
            return this;
        }

        PolicyEdit version(int version, java.time.LocalDate from) {
            ProjectPolicy p = policy;
            policy = new ProjectPolicy(version, from, p.zone(), p.leadTimeMinutes(), p.validityMode(), p.validityDays(),
                    p.openingDay(), p.protectionDays(), p.naturalProtectionDays(), p.renewalWindowDays(), p.repeatLimit(),
                    p.qualityMinRegistrations(), p.qualityMinVisitRatePercent(), p.referralDays(), p.lateClaimDays(),
                    p.excludedUnitTypes());
            return this;
        }
    }

    record Then(Outcome outcome) {

        RegistrationVerdict verdict(String registrationId) {
            return outcome.verdicts().stream().map(VerdictDecision::verdict)
                    .filter(v -> v.registrationId().equals(registrationId)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no verdict for " + registrationId));
        }

        String verdictKey(String registrationId) {
            return outcome.verdicts().stream().filter(v -> v.verdict().registrationId().equals(registrationId))
                    .findFirst().orElseThrow().clientKey();
        }

        ClientDecision client(Person person) {
            return client(person.key());
        }

        ClientDecision client(String key) {
            return outcome.clients().stream().filter(c -> c.clientKey().equals(key)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no client " + key + " in " + keys()));
        }

        boolean hasClient(Person person) {
            return outcome.clients().stream().anyMatch(c -> c.clientKey().equals(person.key()));
        }

        OwnershipChanged owner(Person person) {
            return client(person).current();
        }

        PurchaseAttributed purchase(String purchaseId) {
            return outcome.purchases().stream().map(PurchaseDecision::attribution)
                    .filter(p -> p.purchaseId().equals(purchaseId)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no purchase " + purchaseId));
        }

        DisputeDecision dispute(String disputeId) {
            return outcome.disputes().stream().filter(d -> d.disputeId().equals(disputeId)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no dispute " + disputeId));
        }

        private List<String> keys() {
            return outcome.clients().stream().map(ClientDecision::clientKey).toList();
        }
    }

    /** Every explanation must carry rules, events, a version and both reasons. */
    static void wellExplained(Explanation e) {
        assertThat(e.ruleIds()).isNotEmpty();
        assertThat(e.eventIds()).isNotEmpty();
        assertThat(e.policyVersion()).isPositive();
        assertThat(e.reasonZh()).isNotBlank();
        assertThat(e.reasonEn()).isNotBlank();
        assertThat(e.causedBy()).isIn(e.eventIds());
    }
}
