package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.visit.Visited;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cases of 「渠道联合案场管理规定」 (天津卓达项目) that decide a client's owner, folded under the preset
 * tianjin-zhuoda-joint; which consultant receives them (ROT-1…ROT-3, VIS-9) is the visit service's.
 */
@DisplayName("预设 tianjin-zhuoda-joint：渠道联合案场管理规定（天津卓达项目）")
class TianjinZhuodaJointPresetTest {

    static final Person WANG = Person.of("王", "13812345678");

    private static Scenario tj(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("tianjin-zhuoda-joint"));
    }

    @Test
    @DisplayName("二 5 1）问路、推销、等人寻找朋友等与销售无关的人员不视为新访客户（VIS-8）")
    void notAClient() {
        Scenario.Then then = tj(visit("v1").of(WANG).notAClient(Visited.NonClientReason.MEETING_SOMEONE).at("2024-03-02 10:00"),
                registration("r1").by("A").of(WANG).at("2024-03-02 11:00")).then();

        assertThat(then.verdict("r1").verdict()).isNotEqualTo(Verdict.REJECTED);
        assertThat(then.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("二 4 来访客户曾来访过，在有效保护期内的由原公司接待：不是新访，归属不变（VIS-9）")
    void returningInsideTheProtection() {
        Scenario.Then then = tj(visit("v1").of(WANG).at("2024-03-02 10:00"),
                visit("v2").of(WANG).returning().at("2024-03-20 10:00")).then();

        List<OwnershipChanged> history = then.client(WANG).history();
        assertThat(history).hasSize(1);
        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    @DisplayName("二 4 超出有效期的由接访公司按新访轮序接待：保护期已过，重新界定为新的自然到访（VIS-6、VIS-2）")
    void returningAfterTheProtection() {
        Scenario.Then then = tj(visit("v1").of(WANG).at("2024-03-02 10:00"),
                visit("v2").of(WANG).at("2024-04-05 10:00")).then();

        List<OwnershipChanged> history = then.client(WANG).history();
        assertThat(history).extracting(h -> h.explanation().ruleIds())
                .containsExactly(List.of("VIS-2"), List.of("VIS-6"), List.of("VIS-2"));
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).protectedFrom()).isEqualTo(LocalDate.of(2024, 4, 5));
    }
}
