package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cases of 「房地产公司渠道案场判客制度」 (项目案场渠道客户确认制度), folded under the preset panke-system. */
@DisplayName("预设 panke-system：房地产公司渠道案场判客制度")
class PankeSystemPresetTest {

    static final Person WANG = Person.of("王", "13812345678");

    private static Scenario pk(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("panke-system"));
    }

    @Test
    @DisplayName("二 1）渠道客户资源7天保护期：第7天首次到访归渠道，超过保护期按新客户接待（REG-3）")
    void sevenDaysBeforeTheFirstVisit() {
        Scenario.Then day7 = pk(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-07 10:00")).then();
        assertThat(day7.owner(WANG).channelId()).isEqualTo("A");

        Scenario.Then day8 = pk(registration("r1").by("A").of(WANG).at("2024-03-01 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-08 10:00")).then();
        assertThat(day8.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(day8.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("接访和报备 2 到访前需提前半小时报备（REG-1）")
    void halfAnHourAhead() {
        Scenario.Then then = pk(registration("r1").by("A").of(WANG).at("2024-03-02 09:40"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")).then();

        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-1");
    }

    @Test
    @DisplayName("二 3）保护期内成交，成交销售不是渠道带访的接待销售员，业绩仍属于渠道（PUR-1）")
    void anotherConsultantClosed() {
        Scenario.Then then = pk(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-08 15:00")).then();

        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4");
    }

    @Test
    @DisplayName("二 1）资源分配后再次约访老客户的成交，按后期约访的渠道为准：保护期不续，过期后他渠道约访成交归他渠道")
    void theLaterInvitationDecides() {
        Scenario.Then then = pk(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                visit("v2").of(WANG).returning().naming("r1").at("2024-03-07 10:00"),
                registration("r2").by("B").of(WANG).at("2024-03-10 09:00"),
                visit("v3").of(WANG).naming("r2").at("2024-03-10 10:00"),
                purchase("p1").by(WANG).at("2024-03-11 15:00")).then();

        assertThat(then.client(WANG).history()).noneMatch(h -> h.explanation().ruleIds().contains("VIS-5"));
        assertThat(then.purchase("p1").channelId()).isEqualTo("B");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-6", "VIS-1", "REG-1", "VIS-4");
    }
}
