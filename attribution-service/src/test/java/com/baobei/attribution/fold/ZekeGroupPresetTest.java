package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cases of 「泽科集团—渠道管理规范」 第三条, folded under the preset zeke-group. */
@DisplayName("预设 zeke-group：泽科集团—渠道管理规范")
class ZekeGroupPresetTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person FRIEND = Person.of("赵", "13500002222");

    private static Scenario zeke(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("zeke-group"));
    }

    @Test
    @DisplayName("第三条 2 1）提前30分钟以上报备，然后自行上门的新客户为渠道有效客户（REG-1、VIS-7）")
    void registeredThenCameAlone() {
        Scenario.Then then = zeke(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).at("2024-03-02 09:30")).then();

        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("VIS-7", "REG-1", "VIS-4");

        Scenario.Then tooLate = zeke(registration("r1").by("A").of(WANG).at("2024-03-02 09:01"),
                visit("v1").of(WANG).at("2024-03-02 09:30")).then();
        assertThat(tooLate.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("第三条 2 1）含与报备客户同行上门的新客户（VIS-3）")
    void companion() {
        Scenario.Then then = zeke(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                visit("v2").of(FRIEND).companionOf("v1").at("2024-03-02 10:00"),
                purchase("p1").by(FRIEND).at("2024-03-09 10:00")).then();

        assertThat(then.owner(FRIEND).channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-3", "VIS-4");
    }

    @Test
    @DisplayName("第三条 1 案场负责人签字确认无效客户，带客流程终止，客户由现场正常接待（VIS-1、VIS-2）")
    void invalidForm() {
        Scenario.Then then = zeke(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").form(Facts.INVALID).at("2024-03-02 10:00")).then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("VIS-1");
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("VIS-1", "VIS-2");
    }

    @Test
    @DisplayName("第三条 2 2）报备客户当天有效，同一客户重复报备不超过3次（REG-3、REG-5）")
    void threeTimesAtMost() {
        Scenario.Then then = zeke(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                registration("r2").by("A").of(WANG).at("2024-03-02 09:00"),
                registration("r3").by("A").of(WANG).at("2024-03-03 09:00"),
                registration("r4").by("A").of(WANG).at("2024-03-04 09:00")).then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.verdict("r3").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.verdict("r4").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r4").explanation().ruleIds()).containsExactly("REG-5");
    }

    @Test
    @DisplayName("第三条 2 2）当日报备10组以上到访率不足50%，当日报备客户遇有争议时作无效处理（REG-6）")
    void poorDayLosesItsDisputes() {
        List<Facts.Fact> day = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Person p = Person.of("张", "1360000" + String.format("%04d", i));
            day.add(registration("a" + i).by("A").of(p).at("2024-03-02 09:0" + i));
            if (i < 4) {
                day.add(visit("va" + i).of(p).naming("a" + i).at("2024-03-02 15:00"));
            }
        }
        Person disputed = Person.of("张", "13600000000");
        Scenario.Then then = zeke(day.toArray(new Facts.Fact[0]))
                .and(dispute("d1").by("B").about(disputed).at("2024-03-03 10:00")).then();

        assertThat(then.dispute("d1").proposedOwnerChannelId()).isEqualTo("B");
        assertThat(then.dispute("d1").explanation().ruleIds()).containsExactly("REG-6", "DSP-1");
    }

    @Test
    @DisplayName("第三条 1 超过客户保护期后以再次到访途径作为界定标准：他渠道带访成交归他渠道（VIS-6）")
    void afterTheProtectionTheNewVisitDecides() {
        Scenario.Then then = zeke(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG).at("2024-04-10 09:00"),
                visit("v2").of(WANG).naming("r2").at("2024-04-10 10:00"),
                purchase("p1").by(WANG).at("2024-04-11 10:00")).then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("B");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-6", "VIS-1", "REG-1", "VIS-4");
    }
}
