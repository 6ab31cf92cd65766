package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.formSigned;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Explanation;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.visit.Purchased.Relation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a purchase cites every rule that decided it, not PUR-1 alone: the rule that opened the protection it
 * falls in (or extended it, or ended the one before), with the events that did; the client's ownership entry
 * after the purchase cites the same. Each scenario asserts the whole rule id list, in order.
 */
class PurchaseExplanationsTest {

    static final Person WANG = PurchaseRulesTest.WANG;
    static final Person WIFE = PurchaseRulesTest.WIFE;
    static final Person FRIEND = PurchaseRulesTest.FRIEND;
    static final Person NEIGHBOUR = PurchaseRulesTest.NEIGHBOUR;

    @Test
    @DisplayName("PUR-1 + VIS-4: bought inside the protection a confirmed first visit opened")
    void confirmedFirstVisit() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(purchase("p1").by(WANG).at("2024-03-10 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4");
        assertThat(e.eventIds()).containsExactly("ev-r1", "ev-v1", "ev-p1");
        assertThat(e.causedBy()).isEqualTo("ev-p1");
        assertSameOnTheOwnership(then, WANG, e);
    }

    @Test
    @DisplayName("PUR-1 + VIS-2: a natural visit's client buys inside the office's protection: no channel")
    void naturalVisit() {
        Scenario.Then then = given(visit("v1").of(WANG).at("2024-03-02 10:00"))
                .when(purchase("p1").by(WANG).at("2024-03-10 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-2");
        assertThat(e.eventIds()).containsExactly("ev-v1", "ev-p1");
        assertSameOnTheOwnership(then, WANG, e);
    }

    @Test
    @DisplayName("PUR-1 + VIS-4 + VIS-5: bought in the renewed period cites the opening and the renewal")
    void renewed() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                visit("v2").of(WANG).returning().naming("r1").at("2024-03-26 10:00"))
                .when(purchase("p1").by(WANG).at("2024-04-15 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4", "VIS-5");
        assertThat(e.eventIds()).containsExactly("ev-r1", "ev-v1", "ev-v2", "ev-p1");
        assertSameOnTheOwnership(then, WANG, e);
    }

    @Test
    @DisplayName("PUR-1 + PUR-6: a referred client's purchase cites the referral that made them the channel's")
    void referral() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-10 15:00"),
                visit("v2").of(NEIGHBOUR).referredBy(WANG).at("2024-03-20 10:00"))
                .when(purchase("p2").by(NEIGHBOUR).at("2024-03-21 10:00"))
                .then();

        Explanation e = then.purchase("p2").explanation();
        assertThat(then.purchase("p2").channelId()).isEqualTo("A");
        assertThat(e.ruleIds()).containsExactly("PUR-1", "PUR-6", "VIS-4");
        assertThat(e.eventIds()).containsExactly("ev-p1", "ev-v2", "ev-p2");
        assertSameOnTheOwnership(then, NEIGHBOUR, e);
    }

    @Test
    @DisplayName("PUR-1 + VIS-6: bought after A's protection ended: no channel, and the lapse says why not A")
    void afterTheLapse() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(purchase("p1").by(WANG).at("2024-04-02 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-6");
        assertThat(e.eventIds()).containsExactly("ev-v1", "ev-p1");
        assertSameOnTheOwnership(then, WANG, e);
    }

    @Test
    @DisplayName("PUR-1 + VIS-6 + VIS-4: after A's protection ended, B's confirmed visit opened the one the purchase falls in")
    void afterTheLapseAnotherChannel() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG).at("2024-04-05 09:00"),
                visit("v2").of(WANG).naming("r2").at("2024-04-05 10:00"))
                .when(purchase("p1").by(WANG).at("2024-04-06 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isEqualTo("B");
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-6", "VIS-1", "REG-1", "VIS-4");
        assertThat(e.eventIds()).contains("ev-v1", "ev-r2", "ev-v2", "ev-p1").doesNotContain("ev-r1");
        assertSameOnTheOwnership(then, WANG, e);
    }

    @Test
    @DisplayName("PUR-1 + VIS-6 + VIS-2: after A's protection ended the client came alone: the office's")
    void afterTheLapseNatural() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                visit("v2").of(WANG).at("2024-04-05 10:00"))
                .when(purchase("p1").by(WANG).at("2024-04-06 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-6", "VIS-2");
        assertSameOnTheOwnership(then, WANG, e);
    }

    @Test
    @DisplayName("PUR-1 + VIS-7: the client came alone on A's registration day: A's protection, A's deal")
    void sameDayCollision() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).at("2024-03-02 14:00"))
                .when(purchase("p1").by(WANG).at("2024-03-03 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-7", "REG-1", "VIS-4");
        assertThat(e.eventIds()).containsExactly("ev-r1", "ev-v1", "ev-p1");
    }

    @Test
    @DisplayName("PUR-1 + VIS-3: A's client's companion buys days later inside the protection the companion visit opened")
    void companionLater() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                visit("v2").of(FRIEND).companionOf("v1").at("2024-03-02 10:00"))
                .when(purchase("p1").by(FRIEND).at("2024-03-09 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-3", "VIS-4");
        assertThat(e.eventIds()).containsExactly("ev-v1", "ev-v2", "ev-p1");
    }

    @Test
    @DisplayName("PUR-5 + VIS-3 + VIS-4: the companion buys on the spot")
    void companionOnTheSpot() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                visit("v2").of(FRIEND).companionOf("v1").at("2024-03-02 10:00"))
                .when(purchase("p1").by(FRIEND).at("2024-03-02 16:00"))
                .then();

        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-5", "VIS-3", "VIS-4");
    }

    @Test
    @DisplayName("PUR-4 + VIS-4: the wife buys in her name; the husband's confirmed visit opened the protection that decides")
    void relatedBuyer() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(purchase("p1").by(WIFE).relatedTo(WANG, Relation.SPOUSE, "marriage-certificate").at("2024-03-05 15:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(e.ruleIds()).containsExactly("PUR-4", "VIS-1", "REG-1", "VIS-4");
        assertThat(e.eventIds()).containsExactly("ev-r1", "ev-v1", "ev-p1");
        assertSameOnTheOwnership(then, WIFE, e);
    }

    @Test
    @DisplayName("VIS-1: a form signed after the deposit decided the deal last, so it is what caused it")
    void formSignedAfterTheDeposit() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").form(Facts.UNSIGNED).at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-02 15:00"))
                .when(formSigned("v1", WANG, Facts.SIGNED, "2024-03-02 18:00"))
                .then();

        Explanation e = then.purchase("p1").explanation();
        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(e.ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4");
        assertThat(e.eventIds()).containsExactly("ev-r1", "ev-v1", "ev-p1", "ev-sign-v1");
        assertThat(e.causedBy()).isEqualTo("ev-sign-v1");
    }

    /** The ownership entry the purchase made cites the same rules and events. */
    private static void assertSameOnTheOwnership(Scenario.Then then, Person buyer, Explanation purchase) {
        OwnershipChanged bought = then.client(buyer).history().stream()
                .filter(h -> h.status() == Status.PURCHASED).findFirst().orElseThrow();
        assertThat(bought.explanation().ruleIds()).isEqualTo(purchase.ruleIds());
        assertThat(bought.explanation().eventIds()).isEqualTo(purchase.eventIds());
        Scenario.wellExplained(bought.explanation());
        Scenario.wellExplained(purchase);
    }
}
