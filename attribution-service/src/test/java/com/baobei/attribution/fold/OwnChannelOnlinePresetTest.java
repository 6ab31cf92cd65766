package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cases of 「房地产项目自有渠道案场管理制度—线上报备（模板）」, folded under the preset own-channel-online with the
 * project's opening day 2024-04-01 (2.3 counts from it).
 */
@DisplayName("预设 own-channel-online：自有渠道案场管理制度—线上报备")
class OwnChannelOnlinePresetTest {

    static final LocalDate OPENING = LocalDate.of(2024, 4, 1);
    static final Person WANG = Person.of("王", "13812345678");
    static final Person NEIGHBOUR = Person.of("孙", "13600003333");

    private static Scenario own(Facts.Fact... facts) {
        return given(facts).policy(Presets.policy("own-channel-online", OPENING));
    }

    @Test
    @DisplayName("2.3 未开盘的，报备保护期至首开开盘后的30天（系统算到开盘日后第30天，比文件的含开盘日30天多一天，见预设说明）")
    void beforeTheOpening() {
        Scenario.Then in = own(registration("r1").by("own").of(WANG).at("2024-02-01 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-04-30 10:00")).then();
        assertThat(in.owner(WANG).channelId()).isEqualTo("own");

        Scenario.Then out = own(registration("r1").by("own").of(WANG).at("2024-02-01 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-05-02 10:00")).then();
        assertThat(out.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
    }

    @Test
    @DisplayName("2.3 已进入续销期的，报备保护期为自报备之日起30天")
    void afterTheOpening() {
        Scenario.Then day30 = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-05-09 10:00")).then();
        assertThat(day30.owner(WANG).channelId()).isEqualTo("own");

        Scenario.Then day31 = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-05-10 10:00")).then();
        assertThat(day31.verdict("r1").verdict()).isEqualTo(Verdict.LAPSED);
    }

    @Test
    @DisplayName("2.2 无姓氏该客户视为案场自然到访客户（ID-1）")
    void noSurname() {
        Scenario.Then then = own(registration("r1").by("own").of("", WANG.masked()).at("2024-04-10 09:00"),
                visit("v1").of(WANG).at("2024-04-10 10:00")).then();

        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("ID-1");
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("2.4 首次到访时间须提前于认购时间（PUR-2）")
    void visitBeforeTheSubscription() {
        Scenario.Then then = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                purchase("p1").by(WANG).at("2024-04-10 09:50"),
                visit("v1").of(WANG).naming("r1").at("2024-04-10 10:00")).then();

        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-2");
    }

    @Test
    @DisplayName("3.2 自到访之日起保护期在本项目销售期内永久有效：半年后认购仍归自有渠道")
    void protectedForTheSalesPeriod() {
        Scenario.Then then = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-04-10 10:00"),
                purchase("p1").by(WANG).at("2024-10-10 15:00")).then();

        assertThat(then.purchase("p1").channelId()).isEqualTo("own");
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-1", "VIS-1", "REG-1", "VIS-4");
    }

    @Test
    @DisplayName("4.2.1 员工（含直系亲属）不属于自有渠道人员有效客户（REG-7）")
    void employees() {
        Scenario.Then then = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                visit("v1").of(WANG).naming("r1").insider().at("2024-04-10 10:00")).then();

        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-7");
        assertThat(then.owner(WANG).ownerKind()).isEqualTo(OwnerKind.OFFICE);
    }

    @Test
    @DisplayName("4.2.4 有效客户推荐第三人购买但未通过渠道人员报备到访的，不属于有效客户（无老带新，PUR-6 关闭）")
    void referralWithoutRegistration() {
        Scenario.Then then = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-04-10 10:00"),
                purchase("p1").by(WANG).at("2024-04-11 15:00"),
                visit("v2").of(NEIGHBOUR).referredBy(WANG).at("2024-04-11 16:00")).then();

        assertThat(then.owner(NEIGHBOUR).ownerKind()).isEqualTo(OwnerKind.OFFICE);
        assertThat(then.owner(NEIGHBOUR).explanation().ruleIds()).containsExactly("VIS-2");
    }

    @Test
    @DisplayName("4.2.5 有效客户购买车位的，不计渠道业绩（PUR-3）")
    void parking() {
        Scenario.Then then = own(registration("r1").by("own").of(WANG).at("2024-04-10 09:00"),
                visit("v1").of(WANG).naming("r1").at("2024-04-10 10:00"),
                purchase("p1").by(WANG).unit(UnitType.PARKING).at("2024-04-11 15:00")).then();

        assertThat(then.purchase("p1").channelId()).isNull();
        assertThat(then.purchase("p1").explanation().ruleIds()).containsExactly("PUR-3");
    }

    @Test
    @DisplayName("4.2.7 报备前销售系统内已有该客户到访记录的，不属于自有渠道客户：半年后报备仍无效（VIS-2、REG-2）")
    void visitedBeforeTheRegistration() {
        Scenario.Then then = own(visit("v1").of(WANG).at("2024-04-10 10:00"),
                registration("r1").by("own").of(WANG).at("2024-10-10 09:00")).then();

        assertThat(then.verdict("r1").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(then.verdict("r1").explanation().ruleIds()).containsExactly("REG-2");
    }
}
