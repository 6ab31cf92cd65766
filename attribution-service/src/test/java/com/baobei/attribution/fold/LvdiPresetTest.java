package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cases of 「渠道客户报备及案场对接管理制度」 (绿地) 四, folded under the preset lvdi. */
@DisplayName("预设 lvdi：绿地渠道客户报备及案场对接管理制度")
class LvdiPresetTest {

    static final Person WANG = Person.of("王", "13812345678");

    private static Scenario lvdi(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("lvdi"));
    }

    @Test
    @DisplayName("四 5 渠道专员拓展的客户30天内到访案场，其他渠道专员的报备和确认都不予认可（REG-2、REG-3）")
    void thirtyDaysAgainstOthers() {
        Scenario.Then then = lvdi(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                registration("r2").by("B").of(WANG).at("2024-03-20 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-30 10:00")).then();

        assertThat(then.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r2").explanation().ruleIds()).containsExactly("REG-2");
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("四 5 客户自行上门，案场获知该客户属某渠道专员客户的，归该渠道专员（VIS-7）")
    void cameAloneInsideTheRegistration() {
        Scenario.Then then = lvdi(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                visit("v1").of(WANG).at("2024-03-15 10:00")).then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("VIS-7", "REG-1", "VIS-4");
    }

    @Test
    @DisplayName("四 3 客户报备时间必须是客户到达案场之前；四 2 至少提前半小时（REG-1）")
    void beforeTheArrival() {
        Scenario.Then then = lvdi(registration("r1").by("A").of(WANG).at("2024-03-01 09:50"),
                visit("v1").of(WANG).naming("r1").at("2024-03-01 10:00")).then();

        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-1");
    }

    @Test
    @DisplayName("四 5 30天后由其他渠道专员带至案场成交的，业绩归属为重新报备方（VIS-6）")
    void afterThirtyDaysTheNewRegistrant() {
        Scenario.Then then = lvdi(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG).at("2024-04-05 09:00"),
                visit("v2").of(WANG).naming("r2").at("2024-04-05 10:00"),
                purchase("p1").by(WANG).at("2024-04-06 10:00")).then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("B");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-6", "VIS-1", "REG-1", "VIS-4");
    }

    @Test
    @DisplayName("四 5 无预报备，下定后三日内须凭有效证据认领确认，逾期视为自动放弃（PUR-7）")
    void lateClaimThreeDays() {
        Scenario.Then then = lvdi(visit("v1").of(WANG).at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-02 15:00"),
                dispute("d1").by("C").about(WANG).lateClaim("p1").at("2024-03-04 20:00"),
                dispute("d2").by("D").about(WANG).lateClaim("p1").at("2024-03-05 09:00")).then();

        assertThat(then.dispute("d1").status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(then.dispute("d1").proposedOwnerChannelId()).isEqualTo("C");
        assertThat(then.dispute("d2").status()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(then.dispute("d2").explanation().ruleIds()).containsExactly("PUR-7", "DSP-1");
    }
}
