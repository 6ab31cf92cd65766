package com.baobei.visit.ruling;

import com.baobei.contracts.visit.DisputeRuled.Level;
import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisputeRulingTest {

    static final Instant AT = Instant.parse("2025-03-11T02:00:00Z");
    static final PhoneRef OTHER = new PhoneRef("186****0417", "c".repeat(64));

    private AggregateTestFixture<DisputeRuling> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DisputeRuling.class);
    }

    static RuleDispute rule(Level level, OwnerKind owner, String channelId, String by) {
        return new RuleDispute("dsp-1", "hongtai", "binjiang", "李", "139****2046", owner, channelId, null,
                "有通话记录为证", List.of(OTHER), level, by, AT);
    }

    static DisputeRulingRecorded ruled(RuleDispute c) {
        return new DisputeRulingRecorded(c.disputeId(), c.tenantId(), c.projectId(), c.clientSurname(),
                c.maskedPhone(), c.ownerKind(), c.channelId(), c.agentId(), c.rationale(), c.linkedPhones(),
                c.level(), c.ruledBy(), c.ruledAt());
    }

    @Test
    void dsp1_the_site_manager_rules_first() {
        RuleDispute first = rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, "ch-anju", "sm-li");
        fixture.givenNoPriorActivity().when(first).expectEvents(ruled(first));
    }

    @Test
    void dsp1_escalation_before_a_first_ruling_is_refused() {
        fixture.givenNoPriorActivity()
                .when(rule(Level.MARKETING_MANAGER, OwnerKind.OFFICE, null, "mm-gao"))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }

    @Test
    void dsp1_the_marketing_manager_may_overrule_on_escalation() {
        RuleDispute escalated = rule(Level.MARKETING_MANAGER, OwnerKind.OFFICE, null, "mm-gao");
        fixture.given(ruled(rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, "ch-anju", "sm-li")))
                .when(escalated)
                .expectEvents(ruled(escalated));
    }

    @Test
    void dsp2_a_second_ruling_at_the_same_level_re_rules() {
        RuleDispute again = rule(Level.SITE_MANAGER, OwnerKind.OFFICE, null, "sm-li");
        fixture.given(ruled(rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, "ch-anju", "sm-li")))
                .when(again)
                .expectEvents(ruled(again));
    }

    @Test
    void after_escalation_the_site_manager_no_longer_rules() {
        fixture.given(ruled(rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, "ch-anju", "sm-li")),
                        ruled(rule(Level.MARKETING_MANAGER, OwnerKind.OFFICE, null, "mm-gao")))
                .when(rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, "ch-anju", "sm-li"))
                .expectException(ConflictingStateException.class);
    }

    @Test
    void a_ruling_for_a_channel_names_it() {
        fixture.givenNoPriorActivity()
                .when(rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, null, "sm-li"))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void the_dispute_keeps_its_client() {
        RuleDispute otherClient = new RuleDispute("dsp-1", "hongtai", "binjiang", "王", "138****5678",
                OwnerKind.OFFICE, null, null, "r", List.of(), Level.SITE_MANAGER, "sm-li", AT);
        fixture.given(ruled(rule(Level.SITE_MANAGER, OwnerKind.CHANNEL, "ch-anju", "sm-li")))
                .when(otherClient)
                .expectException(ConflictingStateException.class);
    }

    @Test
    void a_dispute_id_is_ruled_within_its_tenant_only() {
        RuleDispute hongtai = rule(Level.SITE_MANAGER, OwnerKind.OFFICE, null, "sm-li");
        RuleDispute other = new RuleDispute("dsp-1", "wanfang", "binjiang", "李", "139****2046", OwnerKind.OFFICE,
                null, null, "r", List.of(), Level.SITE_MANAGER, "sm-wu", AT);
        assertThat(hongtai.aggregateId()).isEqualTo("hongtai:dsp-1").isNotEqualTo(other.aggregateId());
    }
}
