package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.dispute;
import static com.baobei.attribution.fold.Facts.purchase;
import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.fold.rules.Reg6Quality;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.report.ReportCsv;
import com.baobei.attribution.report.ReportRow;
import com.baobei.attribution.report.Rpt1Report;
import com.baobei.attribution.report.Rpt1Report.By;
import com.baobei.attribution.report.Rpt1Report.Per;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RPT-1 read as channel A's manager's evening: agent A-1 registered six clients on 2 March 2024, A-2 four and
 * one more with a number that is not masked; some came to the sales office; one bought later. The day's clients
 * and visits are the figures REG-6 judged, so a dispute about that day and the report can never disagree.
 */
class Rpt1ReportsTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2024, 3, 2);
    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final Person FIRST = client(0);

    /** Channel A's 2 March: ten clients (six by A-1, four by A-2), the first {@code visiting} of them came that day. */
    private static Scenario dayOfA(int visiting) {
        List<Facts.Fact> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Person p = client(i);
            facts.add(registration("a" + i).by("A").agent(i < 6 ? "A-1" : "A-2").of(p).at("2024-03-02 09:0" + i));
            if (i < visiting) {
                facts.add(visit("va" + i).of(p).naming("a" + i).at("2024-03-02 15:00"));
            }
        }
        // a number typed with the wrong digits hidden: a registration of the day, rejected by ID-1, no client of REG-6
        facts.add(registration("bad").by("A").agent("A-2").of("赵", "1360000****").at("2024-03-02 11:00"));
        return given(facts.toArray(new Facts.Fact[0]));
    }

    private static Person client(int i) {
        return Person.of("张", "1360000" + String.format("%04d", i));
    }

    private static DayFigures row(List<DayFigures> days, String channel, String agent, LocalDate day) {
        return days.stream().filter(d -> d.channelId().equals(channel) && java.util.Objects.equals(d.agentId(), agent)
                && d.day().equals(day)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("RPT-1 the channel manager's day: registrations, accepted, rejected by rule, clients, visits, visit rate")
    void channelManagersDay() {
        List<DayFigures> days = dayOfA(4).report();

        DayFigures a = row(days, "A", null, MARCH_2);
        assertThat(a.registrations()).isEqualTo(11);
        assertThat(a.accepted()).isEqualTo(10);
        assertThat(a.rejectedByRule()).isEqualTo(Map.of("ID-1", 1));
        assertThat(a.clients()).isEqualTo(10);
        assertThat(a.visitedClients()).isEqualTo(4);
        ReportRow evening = Rpt1Report.day(a);
        assertThat(evening.visitRatePercent()).isEqualByComparingTo("40.0");
        assertThat(evening.reg6PoorDays()).isEqualTo(1);
    }

    @Test
    @DisplayName("RPT-1 per agent: each agent's own clients and visits, adding up to the channel's")
    void perAgent() {
        List<DayFigures> days = dayOfA(4).report();

        DayFigures one = row(days, "A", "A-1", MARCH_2);
        DayFigures two = row(days, "A", "A-2", MARCH_2);
        assertThat(List.of(one.registrations(), one.clients(), one.visitedClients())).containsExactly(6, 6, 4);
        assertThat(List.of(two.registrations(), two.clients(), two.visitedClients())).containsExactly(5, 4, 0);
        assertThat(two.rejectedByRule()).isEqualTo(Map.of("ID-1", 1));
        assertThat(one.reg6PoorDay()).as("REG-6 judges channels, not agents").isFalse();
        assertThat(Rpt1Report.day(one).visitRatePercent()).isEqualByComparingTo("66.7");
        assertThat(Rpt1Report.day(two).visitRatePercent()).isEqualByComparingTo("0.0");
    }

    @Test
    @DisplayName("RPT-1 = REG-6: a day REG-6 judges poor (4 of 10 visited) is the report's 10 clients, 4 visits, poor")
    void reg6PoorDayIsTheReportsDay() {
        Scenario scenario = dayOfA(4).and(dispute("d1").by("B").about(FIRST).at("2024-03-06 10:00"));
        Scenario.Then then = scenario.then();
        DayFigures a = row(scenario.report(), "A", null, MARCH_2);

        assertThat(then.dispute("d1").explanation().ruleIds()).contains(Reg6Quality.ID);
        assertThat(a.reg6PoorDay()).isTrue();
        assertThat(Reg6Quality.poorDay(a.clients(), a.visitedClients(), ProjectPolicy.defaults())).isTrue();
        assertThat(List.of(a.clients(), a.visitedClients())).containsExactly(10, 4);
    }

    @Test
    @DisplayName("RPT-1 = REG-6: a day at exactly 50% is not poor for REG-6 and not poor in the report")
    void reg6FineDayIsTheReportsDay() {
        Scenario scenario = dayOfA(5).and(dispute("d1").by("B").about(FIRST).at("2024-03-06 10:00"));
        Scenario.Then then = scenario.then();
        DayFigures a = row(scenario.report(), "A", null, MARCH_2);

        assertThat(then.dispute("d1").explanation().ruleIds()).doesNotContain(Reg6Quality.ID);
        assertThat(a.reg6PoorDay()).isFalse();
        assertThat(Reg6Quality.poorDay(a.clients(), a.visitedClients(), ProjectPolicy.defaults())).isFalse();
        assertThat(List.of(a.clients(), a.visitedClients())).containsExactly(10, 5);
    }

    @Test
    @DisplayName("RPT-1 over a period: the subscription and the contract on their own days, conversion of the visits")
    void period() {
        List<DayFigures> days = dayOfA(4)
                .and(purchase("p1").by(FIRST).at("2024-03-03 11:00"),
                        purchase("p1").by(FIRST).contract().at("2024-03-04 16:00"))
                .report();

        assertThat(row(days, "A", "A-1", LocalDate.of(2024, 3, 3)).subscriptions()).isEqualTo(1);
        assertThat(row(days, "A", "A-1", MARCH_4).contracts()).isEqualTo(1);
        List<ReportRow> period = Rpt1Report.rows(days, MARCH_2, MARCH_4, By.CHANNEL, Per.PERIOD, d -> true);
        assertThat(period).hasSize(1);
        ReportRow a = period.get(0);
        assertThat(List.of(a.registrations(), a.clients(), a.visits(), a.subscriptions(), a.contracts()))
                .containsExactly(11, 10, 4, 1, 1);
        assertThat(a.conversionPercent()).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(Rpt1Report.rows(days, MARCH_2, MARCH_4, By.CHANNEL, Per.DAY, d -> true)).hasSize(3);
    }

    @Test
    @DisplayName("RPT-1 the evening's CSV: a byte order mark, Chinese headings, the channel's row")
    void csv() {
        List<DayFigures> days = dayOfA(4).report();
        String csv = new String(ReportCsv.write(Rpt1Report.rows(days, MARCH_2, MARCH_2, By.CHANNEL, Per.DAY,
                d -> true)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF渠道 Channel,经纪人 Agent,");
        assertThat(csv).contains("A,,2024-03-02,2024-03-02,11,10,1,ID-1 1,10,4,40.0,0,0,0.0,1");
    }
}
