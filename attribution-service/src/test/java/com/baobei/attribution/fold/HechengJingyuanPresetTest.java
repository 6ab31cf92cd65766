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

/**
 * The cases of 「和成璟园渠道公司管理办法」 that decide ownership, folded under the preset hecheng-jingyuan (its routing
 * by channel and its fines are the visit and commission services', see the preset's notes).
 */
@DisplayName("预设 hecheng-jingyuan：和成璟园渠道公司管理办法")
class HechengJingyuanPresetTest {

    static final Person WANG = Person.of("王", "13812345678");

    private static Scenario hc(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("hecheng-jingyuan"));
    }

    @Test
    @DisplayName("二（4）微信报备，甲方确认客户有效后方视为渠道带客一组")
    void confirmedIsTheChannels() {
        Scenario.Then then = hc(registration("r1").by("lianjia").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")).then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("lianjia");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.USED);
    }

    @Test
    @DisplayName("二（4）否则视为现场直访客户接待：未报备的客户为自然到访，之后的报备无效（VIS-2、REG-2）")
    void unreportedIsAWalkIn() {
        Scenario.Then then = hc(visit("v1").of(WANG).at("2024-03-02 10:00"),
                registration("r1").by("lianjia").of(WANG).at("2024-03-02 11:00")).then();

        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("VIS-2");
        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-2");
    }

    @Test
    @DisplayName("线下带客 一 其他任何一方不得擅自获得该公司所带客户：他人成交仍归带客渠道（PUR-1）")
    void noOneElseTakesTheClient() {
        Scenario.Then then = hc(registration("r1").by("lianjia").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-12 15:00")).then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("lianjia");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4");
    }
}
