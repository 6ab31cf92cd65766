package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.cancelled;
import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.ruling;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.visit.Purchased.Relation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurchaseRulesTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person WIFE = Person.of("李", "13900001111");
    static final Person FRIEND = Person.of("赵", "13500002222");
    static final Person NEIGHBOUR = Person.of("孙", "13600003333");

    private static Facts.Fact[] wangBroughtByA() {
        return new Facts.Fact[] {
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")};
    }

    @Test
    @DisplayName("PUR-1 a subscription inside A's protection is A's deal, whoever closed it")
    void pur1() {
        Scenario.Then then = given(wangBroughtByA())
                .when(purchase("p1").by(WANG).at("2024-03-10 15:00"), purchase("p1").by(WANG).contract().at("2024-03-20 10:00"))
                .then();

        PurchaseAttributed p = then.purchase("p1");
        assertThat(p.channelId()).isEqualTo("A");
        assertThat(p.agentId()).isEqualTo("A-agent");
        assertThat(p.revision()).isZero();
        assertThat(p.contractedAt()).isEqualTo(Facts.at("2024-03-20 10:00"));
        assertThat(p.explanation().ruleIds()).contains("PUR-1");
        assertThat(p.explanation().causedBy()).isEqualTo("ev-p1-contract");
        Scenario.wellExplained(p.explanation());
        assertThat(then.owner(WANG).status()).isEqualTo(Status.PURCHASED);
    }

    @Test
    @DisplayName("PUR-2 a deposit before the first visit earns no channel")
    void pur2() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 08:00"))
                .when(purchase("p1").by(WANG).at("2024-03-02 09:30"), visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-2");
    }

    @Test
    @DisplayName("PUR-3 no channel commission for a parking space; the client stays A's")
    void pur3Parking() {
        Scenario.Then then = given(wangBroughtByA())
                .when(purchase("p1").by(WANG).unit(UnitType.PARKING).at("2024-03-10 15:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-3");
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("PUR-3 an existing buyer's second purchase earns A when the first deal was A's, no one otherwise")
    void pur3Repeat() {
        Scenario.Then own = given(wangBroughtByA())
                .when(purchase("p1").by(WANG).at("2024-03-10 15:00"), purchase("p2").by(WANG).at("2024-03-12 15:00"))
                .then();
        assertThat(own.purchase("p2").channelId()).isEqualTo("A");

        Scenario.Then other = given(
                visit("v1").of(WANG).at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-02 15:00"),
                dispute("d1").by("B").about(WANG).at("2024-03-03 10:00"),
                ruling("d1").about(WANG).toChannel("B").at("2024-03-04 10:00"))
                .when(purchase("p2").by(WANG).at("2024-03-12 15:00"))
                .then();
        assertThat(other.purchase("p2").channelId()).isNull();
        assertThat(other.purchase("p2").explanation().ruleIds()).contains("PUR-3");
    }

    @Test
    @DisplayName("PUR-4 the spouse buys in her own name, relation shown: the husband's channel")
    void pur4Spouse() {
        Scenario.Then then = given(wangBroughtByA())
                .when(purchase("p1").by(WIFE).relatedTo(WANG, Relation.SPOUSE, "marriage-certificate").at("2024-03-05 15:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-4", "VIS-1", "REG-1", "VIS-4");
        assertThat(then.owner(WIFE).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("PUR-4 a relation without evidence does not count: the buyer's own channel")
    void pur4NoEvidence() {
        Scenario.Then then = given(wangBroughtByA())
                .and(registration("r2").by("B").of(WIFE).at("2024-03-03 09:00"),
                        visit("v2").of(WIFE).naming("r2").at("2024-03-03 10:00"))
                .when(purchase("p1").by(WIFE).relatedTo(WANG, Relation.SIBLING).at("2024-03-05 15:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("B");
        assertThat(then.purchase("p1").explanation().ruleIds()).contains("PUR-4", "PUR-1");
    }

    @Test
    @DisplayName("PUR-4 several channels involved: the earliest confirmed wins")
    void pur4EarliestConfirmed() {
        Scenario.Then then = given(wangBroughtByA())
                .and(registration("r2").by("B").of(WIFE).at("2024-03-03 09:00"),
                        visit("v2").of(WIFE).naming("r2").at("2024-03-03 10:00"))
                .when(purchase("p1").by(WIFE).relatedTo(WANG, Relation.SPOUSE, "marriage-certificate").at("2024-03-05 15:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().eventIds()).contains("ev-v1", "ev-v2");
    }

    @Test
    @DisplayName("PUR-5 the friend who came with A's client buys on the spot: A's")
    void pur5() {
        Scenario.Then then = given(wangBroughtByA())
                .and(visit("v2").of(FRIEND).companionOf("v1").at("2024-03-02 10:00"))
                .when(purchase("p1").by(FRIEND).at("2024-03-02 16:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).contains("PUR-5");
    }

    @Test
    @DisplayName("PUR-6 a client referred within 30 days of the referrer's deposit is the referrer's channel's")
    void pur6() {
        Scenario.Then then = given(wangBroughtByA())
                .and(purchase("p1").by(WANG).at("2024-03-10 15:00"))
                .when(visit("v2").of(NEIGHBOUR).referredBy(WANG).at("2024-04-08 10:00"),
                        purchase("p2").by(NEIGHBOUR).at("2024-04-09 10:00"))
                .then();

        assertThat(then.owner(NEIGHBOUR).channelId()).isEqualTo("A");
        assertThat(then.client(NEIGHBOUR).history().get(0).explanation().ruleIds()).contains("PUR-6");
        assertThat(then.purchase("p2").channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("PUR-6 a referral on day 31 after the deposit is a natural visit")
    void pur6Late() {
        Scenario.Then then = given(wangBroughtByA())
                .and(purchase("p1").by(WANG).at("2024-03-10 15:00"))
                .when(visit("v2").of(NEIGHBOUR).referredBy(WANG).at("2024-04-09 10:00"))
                .then();

        assertThat(then.owner(NEIGHBOUR).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("PUR-7 a late claim with evidence on day 3 after the deposit is proposed; on day 4 it is void")
    void pur7() {
        Scenario.Then then = given(
                visit("v1").of(FRIEND).at("2024-03-02 10:00"),
                purchase("p1").by(FRIEND).at("2024-03-02 15:00"))
                .when(dispute("d1").by("C").about(FRIEND).lateClaim("p1").at("2024-03-04 20:00"),
                        dispute("d2").by("D").about(FRIEND).lateClaim("p1").at("2024-03-05 09:00"))
                .then();

        assertThat(then.dispute("d1").status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(then.dispute("d1").proposedOwnerChannelId()).isEqualTo("C");
        assertThat(then.dispute("d1").explanation().ruleIds()).contains("PUR-7");
        assertThat(then.dispute("d2").status()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(then.dispute("d2").explanation().ruleIds()).contains("PUR-7");
        assertThat(then.purchase("p1").channelId()).as("a proposal moves no money").isNull();
    }

    @Test
    @DisplayName("PUR-7 once the late claim is ruled for the channel, the purchase follows the ruling")
    void pur7Ruled() {
        Scenario.Then then = given(
                visit("v1").of(FRIEND).at("2024-03-02 10:00"),
                purchase("p1").by(FRIEND).at("2024-03-02 15:00"),
                dispute("d1").by("C").about(FRIEND).lateClaim("p1").at("2024-03-04 20:00"))
                .when(ruling("d1").about(FRIEND).toChannel("C").at("2024-03-06 10:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("C");
        assertThat(then.purchase("p1").explanation().ruleIds()).contains("DSP-2", "DSP-3");
        assertThat(then.purchase("p1").explanation().causedBy()).isEqualTo("ev-ruling-d1");
    }

    @Test
    @DisplayName("PUR-8 a cancelled purchase keeps its channel and carries cancelledAt; the client is protected again")
    void pur8() {
        Scenario.Then then = given(wangBroughtByA())
                .and(purchase("p1").by(WANG).at("2024-03-10 15:00"))
                .when(cancelled("p1", WANG, "2024-03-12 10:00"))
                .then();

        PurchaseAttributed p = then.purchase("p1");
        assertThat(p.cancelledAt()).isEqualTo(Facts.at("2024-03-12 10:00"));
        assertThat(p.channelId()).isEqualTo("A");
        assertThat(p.explanation().ruleIds()).contains("PUR-1", "PUR-8");
        assertThat(p.explanation().causedBy()).isEqualTo("ev-cancel-p1");
        assertThat(then.owner(WANG).status()).isEqualTo(Status.PROTECTED);
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("PUR-8");
    }
}
