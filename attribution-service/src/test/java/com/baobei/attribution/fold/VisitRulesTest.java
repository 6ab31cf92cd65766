package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.formSigned;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person LI = Person.of("李", "13900001111");
    static final Person ZHAO = Person.of("赵", "13500002222");

    @Test
    @DisplayName("VIS-1 until all three have signed the visit is pending: the channel's, not yet protected")
    void vis1Pending() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).naming("r1").form(Facts.UNSIGNED).at("2024-03-02 10:00"))
                .then();

        assertThat(then.owner(WANG).status()).isEqualTo(Status.REGISTERED);
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("VIS-1");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("VIS-1 a later VisitFormSigned confirms the visit: protected from the visit day, caused by the signing")
    void vis1SignedLater() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").form(Facts.UNSIGNED).at("2024-03-02 10:00"))
                .when(formSigned("v1", WANG, Facts.SIGNED, "2024-03-03 09:00"))
                .then();

        OwnershipChanged owner = then.owner(WANG);
        assertThat(owner.status()).isEqualTo(Status.PROTECTED);
        assertThat(owner.protectedFrom()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(owner.explanation().causedBy()).isEqualTo("ev-sign-v1");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
    }

    @Test
    @DisplayName("VIS-1 a form the manager marks invalid: judged as a natural visit")
    void vis1Invalid() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").form(Facts.UNSIGNED).at("2024-03-02 10:00"))
                .when(formSigned("v1", WANG, Facts.INVALID, "2024-03-02 18:00"))
                .then();

        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("VIS-1", "VIS-2");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().causedBy()).isEqualTo("ev-sign-v1");
    }

    @Test
    @DisplayName("VIS-2 a first visit with no valid registration is the office's, protected against registrations 30 days")
    void vis2() {
        Scenario.Then then = given(visit("v1").of(WANG).at("2024-03-02 10:00"))
                .when(registration("r1").by("A").of(WANG).at("2024-03-31 20:00"))
                .then();

        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    @DisplayName("VIS-3 a new client arriving with a channel's client is that channel's too")
    void vis3() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(visit("v2").of(LI).companionOf("v1").at("2024-03-02 10:00"))
                .then();

        assertThat(then.owner(LI).channelId()).isEqualTo("A");
        assertThat(then.owner(LI).status()).isEqualTo(Status.PROTECTED);
        assertThat(then.owner(LI).explanation().ruleIds()).contains("VIS-3");
    }

    @Test
    @DisplayName("VIS-4 a confirmed visit on 2 March is protected to the end of 31 March")
    void vis4() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                        registration("r2").by("B").of(LI).at("2024-03-31 23:59"))
                .then();

        OwnershipChanged owner = then.owner(WANG);
        assertThat(owner.status()).isEqualTo(Status.PROTECTED);
        assertThat(owner.protectedFrom()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(owner.protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(owner.explanation().ruleIds()).contains("VIS-4");
    }

    @Test
    @DisplayName("VIS-5 renewal in the last 7 days: the new period starts the day after the old one ends")
    void vis5() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(visit("v2").of(WANG).returning().naming("r1").at("2024-03-26 10:00"))
                .then();

        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("VIS-5");
        assertThat(then.owner(WANG).explanation().causedBy()).isEqualTo("ev-v2");
    }

    @Test
    @DisplayName("VIS-5 a re-signed visit before the last 7 days renews nothing")
    void vis5TooEarly() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(visit("v2").of(WANG).returning().naming("r1").at("2024-03-24 10:00"))
                .then();

        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    @DisplayName("VIS-6 protection ends without a purchase: public; a later visit is judged afresh")
    void vis6() {
        Scenario.Then lapsed = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(registration("x").by("C").of(ZHAO).at("2024-04-01 08:00"))
                .then();
        assertThat(lapsed.owner(WANG).status()).isEqualTo(Status.PUBLIC);
        assertThat(lapsed.owner(WANG).ownerKind()).isEqualTo(OwnerKind.NONE);
        assertThat(lapsed.owner(WANG).explanation().ruleIds()).containsExactly("VIS-6");
        assertThat(lapsed.owner(WANG).explanation().causedBy()).isEqualTo("ev-x");

        Scenario.Then afresh = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(registration("r2").by("B").of(WANG).at("2024-04-05 09:00"),
                        visit("v2").of(WANG).naming("r2").at("2024-04-05 10:00"))
                .then();
        assertThat(afresh.owner(WANG).channelId()).isEqualTo("B");
    }

    @Test
    @DisplayName("VIS-7 same-day collision: the client comes alone while A's registration is valid: A's")
    void vis7Alone() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).at("2024-03-02 14:00"))
                .then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).status()).isEqualTo(Status.PROTECTED);
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("VIS-7");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
    }

    @Test
    @DisplayName("VIS-7 same-day collision: the client comes through channel B while A's registration is valid: A's")
    void vis7OtherChannel() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                registration("r2").by("B").of(WANG).at("2024-03-02 10:00"))
                .when(visit("v1").of(WANG).naming("r2").at("2024-03-02 14:00"))
                .then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("VIS-7");
        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    @DisplayName("VIS-8 someone meeting a friend is no visit: no client, no visit for the rate, no first visit for a purchase")
    void vis8() {
        Scenario.Then then = given(visit("v1").of(WANG).notAClient(Visited.NonClientReason.MEETING_SOMEONE)
                .at("2024-03-02 10:00"))
                .when(purchase("p1").by(LI).at("2024-03-02 11:00"))
                .then();

        assertThat(then.hasClient(WANG)).isFalse();
        assertThat(then.purchase("p1").explanation().ruleIds()).contains("PUR-2");
    }

    @Test
    @DisplayName("VIS-9 a returning client is not a new visit: the owner and protection do not change")
    void vis9() {
        Scenario.Then before = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG).at("2024-03-09 09:00"))
                .then();
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG).at("2024-03-09 09:00"))
                .when(visit("v2").of(WANG).returning().form(VisitForm.NONE).at("2024-03-10 10:00"))
                .then();

        assertThat(then.client(WANG).history()).isEqualTo(before.client(WANG).history());
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
    }
}
