package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.PROJECT;
import static com.baobei.commission.ledger.Fixtures.at;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** COM-4: fines, their escalation, and where they are deducted. */
class Com4FinesTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final LocalDate FEB = LocalDate.of(2024, 2, 1);
    static final LocalDate MAR = LocalDate.of(2024, 3, 1);

    static FineRequest forbiddenZone(String id) {
        return new FineRequest(id, PROJECT, CH, FineReason.FORBIDDEN_ZONE, null, "agent-7", null, "拉客");
    }

    static Fine record(List<Fine> fines, FineRequest request, Instant at) {
        Fine fine = Com4Fines.decide(request, fines, at, "site-manager");
        fines.add(fine);
        return fine;
    }

    static Stream<Arguments> escalation() {
        return Stream.of(
                Arguments.of(1, FineConsequence.NONE, List.of("10000.00", "500.00")),
                Arguments.of(2, FineConsequence.PERIOD_FORFEITED, List.of("50000.00")),
                Arguments.of(3, FineConsequence.AGREEMENT_TERMINATED, List.of()),
                Arguments.of(4, FineConsequence.AGREEMENT_TERMINATED, List.of()));
    }

    @ParameterizedTest(name = "offence {0}: {1} {2}")
    @MethodSource("escalation")
    void forbidden_zone_escalates_by_offence_count(int offence, FineConsequence consequence, List<String> amounts) {
        List<Fine> fines = new ArrayList<>();
        Fine fine = null;
        for (int i = 1; i <= offence; i++) {
            fine = record(fines, forbiddenZone("f" + i), at("2024-01-1" + i + "T10:00"));
        }
        assertThat(fine.offenceNumber()).isEqualTo(offence);
        assertThat(fine.consequence()).isEqualTo(consequence);
        assertThat(fine.charges()).extracting(c -> c.amount().toPlainString()).containsExactlyElementsOf(amounts);
    }

    @Test
    void offences_count_per_channel_and_not_across_reasons() {
        List<Fine> fines = new ArrayList<>();
        record(fines, new FineRequest("q", PROJECT, CH, FineReason.ON_SITE_QUARREL, FineTarget.AGENT, "a", null, null),
                at("2024-01-02T10:00"));
        record(fines, new FineRequest("x", PROJECT, "CH-OTHER", FineReason.FORBIDDEN_ZONE, null, null, null, null),
                at("2024-01-03T10:00"));
        assertThat(record(fines, forbiddenZone("f1"), at("2024-01-04T10:00")).offenceNumber()).isEqualTo(1);
    }

    @Test
    void defaults_and_overrides_of_other_reasons() {
        assertThat(Com4Fines.decide(new FineRequest("q1", PROJECT, CH, FineReason.ON_SITE_QUARREL, FineTarget.AGENT,
                "a1", null, null), List.of(), Instant.EPOCH, "m").charges().get(0).amount()).isEqualByComparingTo("1000");
        assertThat(Com4Fines.decide(new FineRequest("q2", PROJECT, CH, FineReason.ON_SITE_QUARREL, null,
                null, null, null), List.of(), Instant.EPOCH, "m").charges().get(0).amount()).isEqualByComparingTo("5000");
        assertThat(Com4Fines.decide(new FineRequest("p", PROJECT, CH, FineReason.POACHING, null, null, null, null),
                List.of(), Instant.EPOCH, "m").charges().get(0).amount()).isEqualByComparingTo("100000");
        assertThat(Com4Fines.decide(new FineRequest("o", PROJECT, CH, FineReason.OTHER, null, null,
                new BigDecimal("123.45"), null), List.of(), Instant.EPOCH, "m").charges().get(0).amount())
                .isEqualByComparingTo("123.45");
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of(new FineRequest("1", PROJECT, CH, FineReason.FORBIDDEN_ZONE, null, null, BigDecimal.TEN, null), "amount"),
                Arguments.of(new FineRequest("2", PROJECT, CH, FineReason.OTHER, null, null, null, null), "amount"),
                Arguments.of(new FineRequest("3", PROJECT, CH, FineReason.OTHER, null, null, new BigDecimal("-1"), null), "amount"),
                Arguments.of(new FineRequest("4", PROJECT, CH, FineReason.OTHER, null, null, new BigDecimal("1.001"), null), "amount"),
                Arguments.of(new FineRequest("5", PROJECT, CH, FineReason.POACHING, FineTarget.AGENT, null, null, null), "agentId"),
                Arguments.of(new FineRequest("6", PROJECT, null, FineReason.POACHING, null, null, null, null), "channelId"),
                Arguments.of(new FineRequest("7", PROJECT, CH, null, null, null, null, null), "reasonCode"));
    }

    @ParameterizedTest
    @MethodSource("bad")
    void bad_requests_name_the_field(FineRequest request, String field) {
        assertThat(Com4Fines.problems(request)).extracting(Problem::field).contains(field);
    }

    @Test
    void fines_are_deducted_in_the_period_they_are_recorded() {
        Fixtures.Book book = new Fixtures.Book(standard()).add(deal("d1").build());
        record(book.fines, forbiddenZone("f1"), at("2024-02-10T10:00"));
        assertThat(book.statement(JAN).charges()).isEmpty();
        Statement feb = book.statement(FEB);
        assertThat(feb.charges()).extracting(ChargeLine::amount)
                .containsExactly(new BigDecimal("-10000.00"), new BigDecimal("-500.00"));
        assertThat(feb.charges().get(1).agentId()).isEqualTo("agent-7");
        assertThat(feb.totals().fines()).isEqualByComparingTo("-10500.00");
        // ADR 0032: more deducted than earned: nothing is paid and the rest is carried to the next statement
        assertThat(feb.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(feb.totals().carriedForward()).isEqualByComparingTo("-10500.00");
    }

    @Test
    void the_second_offence_forfeits_the_period_commission() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").subscribed("2024-02-02T10:00").build(), deal("d2").subscribed("2024-02-03T10:00").build());
        record(book.fines, forbiddenZone("f1"), at("2024-01-10T10:00"));
        record(book.fines, forbiddenZone("f2"), at("2024-02-10T10:00"));
        Statement feb = book.statement(FEB);
        assertThat(feb.totals().gross()).isEqualByComparingTo("20000.00");
        assertThat(feb.charges()).extracting(ChargeLine::kind, c -> c.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChargeKind.FINE, "-50000.00"),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.FORFEIT, "-20000.00"),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.CARRIED_FORWARD, "-10500.00"));
        // January's first-offence fines (no deals) were carried into February; February pays nothing and carries on
        assertThat(feb.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(feb.totals().carriedForward()).isEqualByComparingTo("-60500.00");
    }

    @Test
    void a_cancellation_in_a_forfeited_issued_period_moves_nothing() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").subscribed("2024-02-02T10:00").build());
        record(book.fines, forbiddenZone("f1"), at("2024-01-10T10:00"));
        record(book.fines, forbiddenZone("f2"), at("2024-02-10T10:00"));
        book.issue(FEB);
        book.add(deal("d1").subscribed("2024-02-02T10:00").cancelled("2024-03-01T10:00").revision(1).build());
        Statement mar = book.statement(MAR);
        assertThat(mar.totals().adjustments()).isEqualByComparingTo("0");
        assertThat(mar.adjustments()).extracting(AdjustmentLine::cause)
                .containsExactlyInAnyOrder(AdjustmentCause.CANCELLED, AdjustmentCause.FINE);
    }

    @Test
    void the_third_offence_ends_the_agreement_and_nothing_further_is_paid() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("jan").subscribed("2024-01-05T10:00").build());
        book.add(deal("mar-before").subscribed("2024-03-02T10:00").build());
        book.add(deal("mar-after").subscribed("2024-03-20T10:00").build());
        book.issue(JAN);
        record(book.fines, forbiddenZone("f1"), at("2024-02-01T10:00"));
        record(book.fines, forbiddenZone("f2"), at("2024-02-02T10:00"));
        record(book.fines, forbiddenZone("f3"), at("2024-03-10T10:00"));
        // a ruling gives the channel another January deal after the termination
        book.add(deal("jan-late").subscribed("2024-01-06T10:00").revision(1).build());
        Statement mar = book.statement(MAR);
        assertThat(mar.deals()).filteredOn(d -> d.purchaseId().equals("mar-after")).singleElement()
                .satisfies(d -> assertThat(d.exclusion()).startsWith("COM-4"));
        assertThat(mar.totals().gross()).isEqualByComparingTo("10000.00");
        assertThat(mar.charges()).extracting(ChargeLine::kind)
                .containsExactly(ChargeKind.FORFEIT, ChargeKind.CARRIED_FORWARD);
        assertThat(mar.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(mar.totals().carriedIn()).isEqualByComparingTo("-60500.00");
        // February, still open, gets the late January deal as an adjustment, withheld: nothing further is paid
        Statement feb = book.statement(FEB);
        assertThat(feb.totals().adjustments()).isEqualByComparingTo("10000.00");
        assertThat(feb.charges()).extracting(ChargeLine::kind)
                .containsExactly(ChargeKind.FINE, ChargeKind.FINE, ChargeKind.FINE, ChargeKind.FORFEIT,
                        ChargeKind.WITHHELD);
        assertThat(feb.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(feb.totals().carriedForward()).isEqualByComparingTo("-60500.00");
    }

    @Test
    void a_fine_recorded_in_an_issued_period_is_an_adjustment() {
        Fixtures.Book book = new Fixtures.Book(standard()).add(deal("d1").build());
        book.issue(JAN);
        record(book.fines, new FineRequest("late", PROJECT, CH, FineReason.POACHING, null, null, null, null),
                at("2024-01-31T18:00"));
        AdjustmentLine line = book.statement(FEB).adjustments().get(0);
        assertThat(line.cause()).isEqualTo(AdjustmentCause.FINE);
        assertThat(line.causeEventId()).isEqualTo("late");
        assertThat(line.amount()).isEqualByComparingTo("-100000.00");
        assertThat(line.originalPeriod().label()).isEqualTo("2024-01");
    }
}
