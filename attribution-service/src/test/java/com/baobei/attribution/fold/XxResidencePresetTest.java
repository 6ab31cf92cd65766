package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cases of 「XX住宅渠道带客方案【XX项目】」 (二、客户归属判定), folded under the preset xx-residence. */
@DisplayName("预设 xx-residence：XX住宅渠道带客方案")
class XxResidencePresetTest {

    static final Person WANG = Person.of("王", "13812345678");

    private static Scenario xx(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("xx-residence"));
    }

    @Test
    @DisplayName("二（一）3 报备时间提前一个小时以上：提前一小时的报备有效，提前半小时的不计（REG-1），客户为自然到访")
    void anHourAhead() {
        Scenario.Then hour = xx(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")).then();
        assertThat(hour.owner(WANG).channelId()).isEqualTo("A");
        assertThat(hour.owner(WANG).explanation().ruleIds()).containsExactly("VIS-1", "REG-1", "VIS-4");

        Scenario.Then halfHour = xx(registration("r1").by("A").of(WANG).at("2024-03-02 09:30"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")).then();
        assertThat(halfHour.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(halfHour.verdict("r1").explanation().ruleIds()).containsExactly("REG-1");
        assertThat(halfHour.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("二（一）3 两家公司同时报备一组客户则以时间先一方报备成功（REG-2）")
    void twoCompaniesTheEarlierWins() {
        Scenario.Then then = xx(registration("r1").by("A").of(WANG).at("2024-03-02 08:00"),
                registration("r2").by("B").of(WANG).at("2024-03-02 08:05"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")).then();

        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r2").explanation().ruleIds()).containsExactly("REG-2");
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("（三）报备期已失效，客户归属于最近一次的有效报备方（REG-4）")
    void lapsedYieldsToTheLatestValid() {
        Scenario.Then then = xx(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                registration("r2").by("B").of(WANG).at("2024-03-02 08:00"),
                visit("v1").of(WANG).naming("r2").at("2024-03-02 10:00")).then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.owner(WANG).channelId()).isEqualTo("B");
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("REG-4", "VIS-1", "REG-1", "VIS-4");
    }

    @Test
    @DisplayName("（三）双方均未有有效报备记录，客户归属于案场自然上访（VIS-2）")
    void noneValidIsANaturalVisit() {
        Scenario.Then then = xx(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                visit("v1").of(WANG).at("2024-03-03 10:00")).then();

        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("REG-4", "VIS-2");
    }

    @Test
    @DisplayName("二 客户归属：保护期内认购归报备确认的渠道，说明列出开启保护期的规则（PUR-1、VIS-4）")
    void purchaseInsideTheProtection() {
        Scenario.Then then = xx(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-20 15:00")).then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4");
    }
}
