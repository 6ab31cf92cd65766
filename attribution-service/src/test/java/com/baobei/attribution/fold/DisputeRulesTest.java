package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.ruling;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisputeRulesTest {

    static final Person WANG = Person.of("王", "13812345678");

    private static Facts.Fact[] wangBroughtByA() {
        return new Facts.Fact[] {
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")};
    }

    @Test
    @DisplayName("DSP-1 an open dispute gets the rules' proposal, citing the rules that decided the owner")
    void dsp1Open() {
        Scenario.Then then = given(wangBroughtByA())
                .when(dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"))
                .then();

        DisputeDecision d = then.dispute("d1");
        assertThat(d.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(d.channelId()).isEqualTo("B");
        assertThat(d.clientKey()).isEqualTo(WANG.key());
        assertThat(d.proposedOwnerChannelId()).isEqualTo("A");
        assertThat(d.explanation().ruleIds()).contains("DSP-1", "VIS-1", "VIS-4");
        Scenario.wellExplained(d.explanation());
    }

    @Test
    @DisplayName("DSP-1 a dispute without evidence is rejected outright")
    void dsp1NoEvidence() {
        Scenario.Then then = given(wangBroughtByA())
                .when(dispute("d1").by("B").about(WANG).withoutEvidence().at("2024-03-03 10:00"))
                .then();

        assertThat(then.dispute("d1").status()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(then.dispute("d1").explanation().ruleIds()).containsExactly("DSP-1");
    }

    @Test
    @DisplayName("DSP-2 a ruling overrides the automatic owner until re-ruled; the marketing manager's review re-rules")
    void dsp2() {
        Scenario.Then ruled = given(wangBroughtByA())
                .and(dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"))
                .when(ruling("d1").about(WANG).toChannel("B").at("2024-03-05 10:00"),
                        registration("r9").by("C").of(WANG).at("2024-05-01 09:00"),
                        visit("v9").of(WANG).naming("r9").at("2024-05-01 10:00"))
                .then();
        assertThat(ruled.owner(WANG).channelId()).as("still B: protection does not lapse under a ruling").isEqualTo("B");
        assertThat(ruled.owner(WANG).explanation().ruleIds()).contains("DSP-2");
        assertThat(ruled.dispute("d1").status()).isEqualTo(DisputeStatus.RULED);
        assertThat(ruled.dispute("d1").proposedOwnerChannelId()).isEqualTo("B");

        Scenario.Then reviewed = given(wangBroughtByA())
                .and(dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"),
                        ruling("d1").about(WANG).toChannel("B").at("2024-03-05 10:00"))
                .when(ruling("d1").about(WANG).toChannel("A").byMarketing().at("2024-03-08 10:00"))
                .then();
        assertThat(reviewed.owner(WANG).channelId()).isEqualTo("A");
        assertThat(reviewed.owner(WANG).explanation().causedBy()).isEqualTo("ev-ruling-d1-marketing");
        assertThat(reviewed.dispute("d1").proposedOwnerChannelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("DSP-2 at the same instant the marketing manager's ruling comes after the site manager's")
    void dsp2SameInstant() {
        Scenario.Then then = given(wangBroughtByA())
                .and(dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"))
                .when(ruling("d1").about(WANG).toChannel("A").byMarketing().at("2024-03-05 10:00"),
                        ruling("d1").about(WANG).toChannel("B").at("2024-03-05 10:00"))
                .then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("DSP-3 a dispute never blocks a purchase; once ruled, the money follows the ruling")
    void dsp3() {
        Scenario.Then open = given(wangBroughtByA())
                .and(dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"))
                .when(purchase("p1").by(WANG).at("2024-03-04 15:00"))
                .then();
        assertThat(open.purchase("p1").channelId()).isEqualTo("A");
        assertThat(open.owner(WANG).status()).isEqualTo(Status.PURCHASED);

        Scenario.Then ruled = given(wangBroughtByA())
                .and(dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"),
                        purchase("p1").by(WANG).at("2024-03-04 15:00"))
                .when(ruling("d1").about(WANG).toChannel("B").at("2024-03-06 10:00"))
                .then();
        assertThat(ruled.purchase("p1").channelId()).isEqualTo("B");
        assertThat(ruled.purchase("p1").explanation().ruleIds()).contains("DSP-3");
        assertThat(ruled.owner(WANG).status()).isEqualTo(Status.PURCHASED);
        assertThat(ruled.owner(WANG).channelId()).isEqualTo("B");
    }
}
