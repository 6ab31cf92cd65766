package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.ruling;
import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentityRulesTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person OTHER_WANG = Person.of("王", "13899995678"); // same masked number 138****5678
    static final Person WANG_SECOND_PHONE = Person.of("王", "13700002222");

    @Test
    @DisplayName("ID-1 a registration without a surname, or with a number not masked as 3+4, is rejected")
    void id1() {
        Scenario.Then then = given(
                registration("r1").by("A").of("", WANG.masked()).at("2024-03-02 09:00"),
                registration("r2").by("A").of("王", "13812345678").at("2024-03-02 09:00"),
                registration("r3").by("A").of("王", "138***45678").at("2024-03-02 09:00"))
                .when(visit("v1").of(WANG).at("2024-03-02 10:00"))
                .then();

        for (String id : new String[] {"r1", "r2", "r3"}) {
            assertThat(then.verdict(id).verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(then.verdict(id).explanation().ruleIds()).containsExactly("ID-1");
            Scenario.wellExplained(then.verdict(id).explanation());
        }
        assertThat(then.owner(WANG).ownerKind()).as("无姓氏该客户视为案场自然到访客户").isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).contains("VIS-2");
    }

    @Test
    @DisplayName("ID-2 two people sharing masked number and surname: the signed form naming the registration decides")
    void id2() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(
                        registration("r2").by("B").of(OTHER_WANG).at("2024-03-03 09:00"),
                        visit("v2").of(OTHER_WANG).naming("r2").at("2024-03-03 10:00"))
                .then();

        assertThat(WANG.key()).isEqualTo(OTHER_WANG.key());
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.client(WANG.key() + "~2").current().channelId()).isEqualTo("B");
        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.USED);
        assertThat(then.verdict("r2").explanation().ruleIds()).contains("ID-2");
        assertThat(then.verdictKey("r2")).isEqualTo(WANG.key() + "~2");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
    }

    @Test
    @DisplayName("ID-2 a registration that already brought one person cannot bring the other with the same name")
    void id2UsedOnce() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(visit("v2").of(OTHER_WANG).naming("r1").at("2024-03-02 11:00"))
                .then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.client(WANG.key() + "~2").current().ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.verdictKey("r1")).isEqualTo(WANG.key());
    }

    @Test
    @DisplayName("ID-2 without a form naming it, a registration matching an owned client of that name is rejected")
    void id2Unnamed() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"))
                .when(registration("r2").by("B").of(OTHER_WANG).at("2024-03-03 09:00"))
                .then();

        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r2").explanation().ruleIds()).contains("REG-2");
    }

    @Test
    @DisplayName("ID-3 numbers the office links in a ruling are one client: the first confirmed channel wins")
    void id3() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG_SECOND_PHONE).at("2024-03-05 09:00"),
                visit("v2").of(WANG_SECOND_PHONE).naming("r2").at("2024-03-05 10:00"),
                dispute("d1").by("A").about(WANG_SECOND_PHONE).at("2024-03-06 09:00"))
                .when(ruling("d1").about(WANG_SECOND_PHONE).linking(WANG).at("2024-03-07 09:00"))
                .then();

        assertThat(then.owner(WANG_SECOND_PHONE).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG_SECOND_PHONE).explanation().ruleIds()).contains("ID-3", "DSP-2");
        assertThat(then.owner(WANG_SECOND_PHONE).explanation().causedBy()).isEqualTo("ev-ruling-d1");
        assertThat(then.dispute("d1").status()).isEqualTo(DisputeStatus.RULED);
        assertThat(then.dispute("d1").proposedOwnerChannelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("ID-3 the linking ruling names the later channel, yet the first confirmed channel wins")
    void id3FirstConfirmedOverNamed() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG_SECOND_PHONE).at("2024-03-05 09:00"),
                visit("v2").of(WANG_SECOND_PHONE).naming("r2").at("2024-03-05 10:00"),
                dispute("d1").by("B").about(WANG_SECOND_PHONE).at("2024-03-06 09:00"))
                .when(ruling("d1").about(WANG_SECOND_PHONE).linking(WANG).toChannel("B").at("2024-03-07 09:00"))
                .then();

        assertThat(then.owner(WANG_SECOND_PHONE).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).explanation().eventIds()).contains("ev-v1", "ev-ruling-d1");
    }

    @Test
    @DisplayName("ID-3 once linked, a registration of the other number is rejected: it is an owned client")
    void id3Registration() {
        Scenario.Then then = given(
                registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG_SECOND_PHONE).at("2024-03-05 09:00"),
                dispute("d1").by("A").about(WANG).at("2024-03-06 09:00"),
                ruling("d1").about(WANG).linking(WANG_SECOND_PHONE).toChannel("A").at("2024-03-06 10:00"))
                .when(registration("r3").by("C").of(WANG_SECOND_PHONE).at("2024-03-08 09:00"))
                .then();

        assertThat(then.owner(WANG_SECOND_PHONE).channelId()).isEqualTo("A");
        assertThat(then.verdict("r3").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r3").explanation().ruleIds()).contains("REG-2");
    }
}
