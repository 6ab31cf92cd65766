package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.visit.Purchased.Relation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cases of 「大拇指广场渠道带客及案场管理制度」, folded under the preset damuzhi-plaza. */
@DisplayName("预设 damuzhi-plaza：大拇指广场渠道带客及案场管理制度")
class DamuzhiPlazaPresetTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person WIFE = Person.of("李", "13900001111");
    static final Person FRIEND = Person.of("赵", "13500002222");
    static final Person NEIGHBOUR = Person.of("孙", "13600003333");

    private static Scenario dmz(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("damuzhi-plaza"));
    }

    private static Facts.Fact[] broughtByA() {
        return new Facts.Fact[] {registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")};
    }

    @Test
    @DisplayName("1.1① 如无报备，客户认定为自然到访（VIS-2）")
    void noRegistrationIsNatural() {
        Scenario.Then then = dmz(visit("v1").of(WANG).at("2024-03-02 10:00")).then();

        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(WANG).explanation().ruleIds()).containsExactly("VIS-2");
    }

    @Test
    @DisplayName("1.1 客户来访前半小时报备：提前20分钟的报备不计（REG-1）")
    void halfAnHourAhead() {
        Scenario.Then then = dmz(registration("r1").by("A").of(WANG).at("2024-03-02 09:40"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00")).then();

        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-1");
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("1.1③ 此客户被其他渠道报备过或者自然来访过，则通知该渠道商此客户无效（REG-2）")
    void alreadyRegisteredOrVisited() {
        Scenario.Then registered = dmz(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                registration("r2").by("B").of(WANG).at("2024-03-02 09:10")).then();
        assertThat(registered.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(registered.verdict("r2").explanation().ruleIds()).containsExactly("REG-2");

        Scenario.Then visited = dmz(visit("v1").of(WANG).at("2024-03-02 10:00"),
                registration("r2").by("B").of(WANG).at("2024-03-10 09:10")).then();
        assertThat(visited.verdict("r2").verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    @DisplayName("1.1④ 报备仅当天有效，当天没有到访则报备自动失效（REG-3）")
    void sameDayOnly() {
        Scenario.Then then = dmz(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-03 10:00")).then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("1.1⑤ 报备当天客户自然到访或通过其他渠道商带访，客户属于先报备的渠道商（VIS-7）")
    void sameDayCollision() {
        Scenario.Then alone = dmz(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).at("2024-03-02 15:00")).then();
        assertThat(alone.owner(WANG).channelId()).isEqualTo("A");
        assertThat(alone.owner(WANG).explanation().ruleIds()).containsExactly("VIS-7", "REG-1", "VIS-4");

        Scenario.Then viaB = dmz(registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                registration("r2").by("B").of(WANG).at("2024-03-02 09:30"),
                visit("v1").of(WANG).naming("r2").at("2024-03-02 15:00")).then();
        assertThat(viaB.owner(WANG).channelId()).isEqualTo("A");
    }

    @Test
    @DisplayName("1.2③ 30天保护期从来访当天开始计算；保护期内没有成交的，自动转为公用客户（VIS-4、VIS-6）")
    void thirtyDaysThenPublic() {
        Scenario.Then inside = dmz(broughtByA()).then();
        assertThat(inside.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));

        Scenario.Then after = dmz(broughtByA()).and(visit("v2").of(NEIGHBOUR).at("2024-04-01 10:00")).then();
        assertThat(after.owner(WANG).status()).isEqualTo(Status.PUBLIC);
        assertThat(after.owner(WANG).explanation().ruleIds()).containsExactly("VIS-6");
    }

    @Test
    @DisplayName("1.2③ 到期前7天内重新带访并确认，有效期从到期日次日起算；其间认购归该渠道（VIS-5）")
    void renewalInTheLastSevenDays() {
        Scenario.Then then = dmz(broughtByA())
                .and(visit("v2").of(WANG).returning().naming("r1").at("2024-03-25 10:00"),
                        purchase("p1").by(WANG).at("2024-04-20 15:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4", "VIS-5");
        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    @DisplayName("1.2③ 到期前第8天再来不算再次界定")
    void tooEarlyToRenew() {
        Scenario.Then then = dmz(broughtByA())
                .and(visit("v2").of(WANG).returning().naming("r1").at("2024-03-24 10:00"))
                .then();

        assertThat(then.owner(WANG).protectedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    @DisplayName("2.1.1 以丈夫名义确认、用妻子名义购买，有结婚证：归该渠道（PUR-4）")
    void spouse() {
        Scenario.Then then = dmz(broughtByA())
                .and(purchase("p1").by(WIFE).relatedTo(WANG, Relation.SPOUSE, "结婚证").at("2024-03-10 15:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-4", "VIS-1", "REG-1", "VIS-4");
    }

    @Test
    @DisplayName("2.1.5 与已确认客户同来的朋友当场认购，此前未确认过：归该渠道（PUR-5）")
    void companionBuysOnTheSpot() {
        Scenario.Then then = dmz(broughtByA())
                .and(visit("v2").of(FRIEND).companionOf("v1").at("2024-03-02 10:00"),
                        purchase("p1").by(FRIEND).at("2024-03-02 16:00"))
                .then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("A");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-5", "VIS-3", "VIS-4");
    }

    @Test
    @DisplayName("3.1 交定金之日起30天内老客户介绍的新客户归原渠道商，30天后按到访情况界定（PUR-6）")
    void referralThirtyDays() {
        Facts.Fact[] bought = {registration("r1").by("A").of(WANG).at("2024-03-02 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-03-02 10:00"),
                purchase("p1").by(WANG).at("2024-03-10 15:00")};
        Scenario.Then day30 = dmz(bought).and(visit("v2").of(NEIGHBOUR).referredBy(WANG).at("2024-04-08 10:00")).then();
        assertThat(day30.owner(NEIGHBOUR).channelId()).isEqualTo("A");
        assertThat(day30.owner(NEIGHBOUR).explanation().ruleIds()).containsExactly("PUR-6", "VIS-4");

        Scenario.Then day31 = dmz(bought).and(visit("v2").of(NEIGHBOUR).referredBy(WANG).at("2024-04-09 10:00")).then();
        assertThat(day31.owner(NEIGHBOUR).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }
}
