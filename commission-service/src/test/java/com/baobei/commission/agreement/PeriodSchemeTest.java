package com.baobei.commission.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** COM-2: natural months, or a custom first period from the agreement date to a fixed date, then natural months. */
class PeriodSchemeTest {

    static final PeriodScheme XX = new PeriodScheme(LocalDate.of(2016, 3, 15), LocalDate.of(2016, 4, 30));
    static final PeriodScheme MID_MONTH = new PeriodScheme(LocalDate.of(2016, 3, 15), LocalDate.of(2016, 4, 15));

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of(PeriodScheme.NATURAL_MONTHS, "2024-01-31", "2024-01-01", "2024-01-31"),
                Arguments.of(PeriodScheme.NATURAL_MONTHS, "2024-02-01", "2024-02-01", "2024-02-29"),
                Arguments.of(PeriodScheme.NATURAL_MONTHS, "2024-02-29", "2024-02-01", "2024-02-29"),
                Arguments.of(PeriodScheme.NATURAL_MONTHS, "2023-02-28", "2023-02-01", "2023-02-28"),
                Arguments.of(PeriodScheme.NATURAL_MONTHS, "2024-12-31", "2024-12-01", "2024-12-31"),
                Arguments.of(PeriodScheme.NATURAL_MONTHS, "2024-04-30", "2024-04-01", "2024-04-30"),
                // XX住宅: signing date to 2016-04-30, then natural months
                Arguments.of(XX, "2016-03-15", "2016-03-15", "2016-04-30"),
                Arguments.of(XX, "2016-03-31", "2016-03-15", "2016-04-30"),
                Arguments.of(XX, "2016-04-30", "2016-03-15", "2016-04-30"),
                Arguments.of(XX, "2016-05-01", "2016-05-01", "2016-05-31"),
                Arguments.of(XX, "2016-03-14", "2016-03-01", "2016-03-14"),
                Arguments.of(XX, "2016-02-10", "2016-02-01", "2016-02-29"),
                // a first period ending mid-month: the rest of that month is a short period of its own
                Arguments.of(MID_MONTH, "2016-04-15", "2016-03-15", "2016-04-15"),
                Arguments.of(MID_MONTH, "2016-04-16", "2016-04-16", "2016-04-30"),
                Arguments.of(MID_MONTH, "2016-04-30", "2016-04-16", "2016-04-30"),
                Arguments.of(MID_MONTH, "2016-05-01", "2016-05-01", "2016-05-31"));
    }

    @ParameterizedTest(name = "{1} -> {2}..{3}")
    @MethodSource("days")
    void period_of_a_day(PeriodScheme scheme, String day, String start, String end) {
        assertThat(scheme.periodOf(LocalDate.parse(day)))
                .isEqualTo(new Period(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void next_periods_follow_without_gaps() {
        Period p = XX.periodOf(LocalDate.of(2016, 3, 20));
        assertThat(p.label()).isEqualTo("2016-03-15..2016-04-30");
        assertThat(XX.next(p).label()).isEqualTo("2016-05");
        assertThat(XX.next(XX.next(p)).label()).isEqualTo("2016-06");
        Period q = MID_MONTH.periodOf(LocalDate.of(2016, 4, 1));
        assertThat(MID_MONTH.next(q).label()).isEqualTo("2016-04-16..2016-04-30");
        assertThat(MID_MONTH.next(MID_MONTH.next(q)).label()).isEqualTo("2016-05");
    }

    @Test
    void asia_shanghai_day_boundaries_decide_the_month() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // 2024-01-31 23:59 in Shanghai is 15:59 UTC: still January
        Instant lastMinute = Instant.parse("2024-01-31T15:59:00Z");
        // 2024-02-01 00:00 in Shanghai is 16:00 UTC on 31 January: already February
        Instant midnight = Instant.parse("2024-01-31T16:00:00Z");
        assertThat(PeriodScheme.NATURAL_MONTHS.periodOf(LocalDate.ofInstant(lastMinute, shanghai)).label())
                .isEqualTo("2024-01");
        assertThat(PeriodScheme.NATURAL_MONTHS.periodOf(LocalDate.ofInstant(midnight, shanghai)).label())
                .isEqualTo("2024-02");
    }
}
