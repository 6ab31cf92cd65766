package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static com.baobei.attribution.fold.Scenario.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.policy.ValidityMode;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person LI = Person.of("李", "13900001111");

    @Test
    @DisplayName("REG-1 a registration 20 minutes before the visit does not count for it: natural visit")
    void reg1TooLate() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:40"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-1");
        assertThat(then.verdict("r1").explanation().causedBy()).isEqualTo("ev-v1");
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("REG-1 exactly 30 minutes before counts (times compare at the minute)")
    void reg1Exactly() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:30"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("REG-1 under a 60-minute policy version in force from 10 March, the version is cited")
    void reg1PolicyVersion() {
        ProjectPolicy v2 = with(p -> p.leadTime(60).version(2, LocalDate.of(2024, 3, 10)));
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-12 09:15"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-12 10:00"))
                .policy(ProjectPolicy.defaults(), v2)
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().policyVersion()).isEqualTo(2);
    }

    @Test
    @DisplayName("REG-2 a client inside the office's natural protection cannot be registered")
    void reg2Protected() {
        Scenario.Then then = given(visit("v1").of(WANG).at("2024-03-02 10:00"))
                .when(registration("r1").by("A").of(WANG).at("2024-03-10 09:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).contains("REG-2");
        assertThat(then.verdict("r1").explanation().eventIds()).contains("ev-v1", "ev-r1");
    }

    @Test
    @DisplayName("REG-2 a client inside another channel's still-valid registration cannot be registered")
    void reg2InsideOtherRegistration() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(registration("r2").by("B").of(WANG).at("2024-03-02 11:00"))
                .then();

        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r2").explanation().eventIds()).contains("ev-r1");
        assertThat(then.owner(WANG).status()).isEqualTo(Status.REGISTERED);
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("REG-2 a client whose protection lapsed is new again")
    void reg2LapsedIsNew() {
        Scenario.Then then = given(visit("v1").of(WANG).at("2024-03-02 10:00"))
                .when(registration("r1").by("A").of(WANG).at("2024-04-01 09:00"),
                        visit("v2").of(WANG).naming("r1").at("2024-04-01 10:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.client(WANG).history()).extracting(h -> h.status())
                .containsExactly(Status.PROTECTED, Status.PUBLIC, Status.REGISTERED, Status.PROTECTED);
    }

    @Test
    @DisplayName("REG-3 same-day validity: no visit that day, the registration lapses, caused by the first later event")
    void reg3SameDay() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(registration("r2").by("B").of(LI).at("2024-03-03 08:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.verdict("r1").validUntil()).isEqualTo(Facts.at("2024-03-03 00:00"));
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-3");
        assertThat(then.verdict("r1").explanation().causedBy()).isEqualTo("ev-r2");
        assertThat(then.owner(WANG).status()).isEqualTo(Status.PUBLIC);
        assertThat(then.verdict("r2").verdict()).as("judged as of the latest business time").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("REG-3 N-days validity: day 3 of 3 counts, day 4 is a natural visit")
    void reg3Days() {
        ProjectPolicy threeDays = with(p -> p.validity(ValidityMode.DAYS, 3, null));
        Scenario.Then inTime = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-04 18:00"))
                .policy(threeDays).then();
        Scenario.Then late = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-05 09:00"))
                .policy(threeDays).then();

        assertThat(inTime.owner(WANG).channelId()).isEqualTo("A");
        assertThat(late.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(late.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
    }

    @Test
    @DisplayName("REG-3 before the opening: valid until N days after the opening day, inclusive")
    void reg3UntilOpening() {
        ProjectPolicy opening = with(p -> p.validity(ValidityMode.UNTIL_OPENING_PLUS_DAYS, 3, LocalDate.of(2024, 4, 1)));
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-10 09:00"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-04-04 18:00"))
                .policy(opening).then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
        assertThat(then.verdict("r1").validUntil()).isEqualTo(Facts.at("2024-04-05 00:00"));
    }

    @Test
    @DisplayName("REG-4 the earlier registration lapsed: the latest still-valid one wins")
    void reg4LatestValid() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                registration("r2").by("B").of(WANG).at("2024-03-02 09:00"),
                registration("r3").by("C").of(WANG).at("2024-03-02 09:30"))
                .when(visit("v1").of(WANG).naming("r2").at("2024-03-02 11:00"))
                .then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("B");
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("REG-4");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.verdict("r3").verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    @DisplayName("REG-4 no registration valid at the visit: a natural visit")
    void reg4NoneValid() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"))
                .when(visit("v1").of(WANG).naming("r1").at("2024-03-02 11:00"))
                .then();

        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("REG-4", "VIS-2");
    }

    @Test
    @DisplayName("REG-5 the fourth registration of one client by one channel is rejected")
    void reg5() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                registration("r2").by("A").of(WANG).at("2024-03-02 09:00"),
                registration("r3").by("A").of(WANG).at("2024-03-03 09:00"))
                .when(registration("r4").by("A").of(WANG).at("2024-03-04 09:00"),
                        registration("r5").by("B").of(WANG).at("2024-03-05 09:00"))
                .then();

        assertThat(then.verdict("r3").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.verdict("r4").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r4").explanation().ruleIds()).containsExactly("REG-5");
        assertThat(then.verdict("r5").verdict()).as("another channel still may").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("REG-5 rejections share one reason text: a project's history can hold hundreds of thousands")
    void reg5ReasonShared() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                registration("r2").by("A").of(WANG).at("2024-03-02 09:00"),
                registration("r3").by("A").of(WANG).at("2024-03-03 09:00"))
                .when(registration("r4").by("A").of(WANG).at("2024-03-04 09:00"),
                        registration("r5").by("A").of(WANG).at("2024-03-05 09:00"))
                .then();

        assertThat(then.verdict("r5").explanation().ruleIds()).containsExactly("REG-5");
        assertThat(then.verdict("r5").explanation().reasonEn()).isEqualTo(
                "Rejected: this channel already registered this client 3 times.")
                .isSameAs(then.verdict("r4").explanation().reasonEn());
        assertThat(then.verdict("r5").explanation().reasonZh()).isSameAs(then.verdict("r4").explanation().reasonZh());
    }

    /** Ten clients registered by A on 2 March; {@code visiting} of them come that day. */
    private static List<Facts.Fact> dayOfA(int visiting) {
        List<Facts.Fact> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Person p = Person.of("张", "1360000" + String.format("%04d", i));
            facts.add(registration("a" + i).by("A").of(p).at("2024-03-02 09:0" + i));
            if (i < visiting) {
                facts.add(visit("va" + i).of(p).naming("a" + i).at("2024-03-02 15:00"));
            }
        }
        return facts;
    }

    @Test
    @DisplayName("REG-6 10 registrations on one day with a 40% visit rate: the channel loses every dispute about that day")
    void reg6PoorDay() {
        Person visitedClient = Person.of("张", "13600000000");
        Person lapsedClient = Person.of("张", "13600000009");
        Scenario.Then then = given(dayOfA(4).toArray(new Facts.Fact[0]))
                .and(visit("late").of(lapsedClient).at("2024-03-05 10:00"))
                .when(
                        dispute("d1").by("B").about(visitedClient).at("2024-03-06 10:00"),
                        dispute("d2").by("A").about(lapsedClient).citing("a9").at("2024-03-06 10:00"))
                .then();

        assertThat(then.owner(visitedClient).channelId()).isEqualTo("A");
        DisputeDecision d1 = then.dispute("d1");
        assertThat(d1.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(d1.proposedOwnerChannelId()).isEqualTo("B");
        assertThat(d1.explanation().ruleIds()).contains("REG-6", "DSP-1");
        DisputeDecision d2 = then.dispute("d2");
        assertThat(d2.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(d2.proposedOwnerChannelId()).isNull();
        assertThat(d2.explanation().ruleIds()).contains("REG-6");
    }

    @Test
    @DisplayName("REG-6 at exactly 50% the day is not poor: the dispute proposes the automatic owner")
    void reg6FiftyPercentIsFine() {
        Person visitedClient = Person.of("张", "13600000000");
        Scenario.Then then = given(dayOfA(5).toArray(new Facts.Fact[0]))
                .when(dispute("d1").by("B").about(visitedClient).at("2024-03-06 10:00"))
                .then();

        assertThat(then.dispute("d1").proposedOwnerChannelId()).isEqualTo("A");
        assertThat(then.dispute("d1").explanation().ruleIds()).doesNotContain("REG-6").contains("DSP-1");
    }

    @Test
    @DisplayName("REG-7 an insider's visit: no channel owns, the registration is rejected, later ones too, and no commission")
    void reg7() {
        Scenario.Then then = given(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).naming("r1").insider().at("2024-03-02 10:00"),
                        registration("r2").by("B").of(WANG).at("2024-05-02 09:00"),
                        purchase("p1").by(WANG).at("2024-05-03 10:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-7");
        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r2").explanation().ruleIds()).containsExactly("REG-7");
        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(then.purchase("p1").explanation().ruleIds()).contains("REG-7");
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("REG-8 an import that names no importer is not the system's intake: rejected")
    void reg8Import() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).imported(null).at("2024-03-02 09:00"),
                registration("r2").by("A").of(LI).imported("importer-1").at("2024-03-02 09:00"))
                .when(visit("v1").of(LI).naming("r2").at("2024-03-02 10:00"))
                .then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-8");
        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.USED);
    }

    @Test
    @DisplayName("REG-8 a dispute claiming a registration not on record (a chat screenshot) is rejected")
    void reg8Screenshot() {
        Scenario.Then then = given(visit("v1").of(WANG).at("2024-03-02 10:00"))
                .when(dispute("d1").by("A").about(WANG).citing("screenshot-in-wechat").at("2024-03-03 10:00"))
                .then();

        assertThat(then.dispute("d1").status()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(then.dispute("d1").explanation().ruleIds()).contains("REG-8");
    }
}
