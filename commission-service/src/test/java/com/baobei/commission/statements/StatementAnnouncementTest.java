package com.baobei.commission.statements;

import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.Fixtures;
import com.baobei.commission.ledger.Statement;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.contracts.commission.StatementIssued.LineType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The announcement keeps the published contract: its JSON Schema, and fines with the sign the statement gives them. */
class StatementAnnouncementTest {

    @Test
    void an_issued_statement_is_announced_as_the_contract_says() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").build(), deal("d2").build());
        book.fines.add(Com4Fines.decide(new FineRequest("f1", "P1", Fixtures.CH, FineReason.FORBIDDEN_ZONE, null,
                "a1", null, null), List.of(), Fixtures.at("2024-01-20T10:00"), "m"));
        Statement jan = book.issue(LocalDate.of(2024, 1, 1));
        book.add(deal("d2").cancelled("2024-02-03T10:00").revision(1).build());
        Statement feb = book.issue(LocalDate.of(2024, 2, 1));

        EventEnvelope january = StatementAnnouncement.of(jan, Fixtures.TENANT);
        SchemaAssertions.assertValid(january);
        StatementIssued data = (StatementIssued) january.data();
        assertThat(data.fines()).isEqualByComparingTo("-10500.00").isEqualByComparingTo(jan.totals().fines());
        assertThat(data.netPayable()).isEqualByComparingTo(data.gross().add(data.adjustments()).add(data.fines()));
        assertThat(january.clientKey()).isNull();
        assertThat(january.eventId()).isEqualTo(StatementAnnouncement.eventId(jan.statementId()));
        assertThat(january.tenantId()).isEqualTo(Fixtures.TENANT);
        assertThat(data.statementId()).startsWith(Fixtures.TENANT + ":");

        // every line is carried, with the sign it has on the statement, and they add up to the balance
        assertThat(data.lines()).extracting(StatementIssued.Line::type, l -> l.amount().toPlainString())
                .containsExactly(tuple(LineType.DEAL, "10000.00"), tuple(LineType.DEAL, "10000.00"),
                        tuple(LineType.FINE, "-10000.00"), tuple(LineType.FINE, "-500.00"));
        assertThat(data.lines().get(2).cause()).isEqualTo("FORBIDDEN_ZONE");
        assertThat(data.lines().get(0).ruleIds()).contains("PUR-1", "COM-1");
        assertThat(data.lines().stream().map(StatementIssued.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(data.netPayable().add(data.carriedForward()));

        EventEnvelope february = StatementAnnouncement.of(feb, Fixtures.TENANT);
        SchemaAssertions.assertValid(february);
        StatementIssued second = (StatementIssued) february.data();
        assertThat(second.adjustments()).isEqualByComparingTo("-10000.00");
        assertThat(second.lines()).filteredOn(l -> l.type() == LineType.ADJUSTMENT)
                .extracting(StatementIssued.Line::purchaseId, StatementIssued.Line::cause,
                        l -> l.originalPeriodStart().toString(), l -> l.amount().toPlainString())
                .contains(tuple("d2", "CANCELLED", "2024-01-01", "-10000.00"));
        assertThat(second.lines()).filteredOn(l -> l.type() == LineType.ADJUSTMENT)
                .allSatisfy(l -> assertThat(l.reason()).isNotBlank());
    }

    @Test
    void a_negative_balance_is_announced_as_carried_forward_and_the_next_one_carries_it_in() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").build());
        book.fines.add(Com4Fines.decide(new FineRequest("f1", "P1", Fixtures.CH, FineReason.FORBIDDEN_ZONE, null,
                "a1", null, null), List.of(), Fixtures.at("2024-01-20T10:00"), "m"));
        StatementIssued jan = (StatementIssued) StatementAnnouncement.of(book.issue(LocalDate.of(2024, 1, 1)),
                Fixtures.TENANT).data();
        assertThat(jan.netPayable()).isEqualByComparingTo("0.00");
        assertThat(jan.carriedForward()).isEqualByComparingTo("-500.00");
        assertThat(jan.fines()).isEqualByComparingTo("-10500.00");
        book.add(deal("d2").subscribed("2024-02-03T10:00").build());
        EventEnvelope next = StatementAnnouncement.of(book.issue(LocalDate.of(2024, 2, 1)), Fixtures.TENANT);
        SchemaAssertions.assertValid(next);
        StatementIssued feb = (StatementIssued) next.data();
        assertThat(feb.carriedIn()).isEqualByComparingTo("-500.00");
        assertThat(feb.netPayable()).isEqualByComparingTo("9500.00");
        assertThat(feb.lines()).filteredOn(l -> l.type() == LineType.CARRIED_FORWARD).singleElement()
                .satisfies(l -> {
                    assertThat(l.key()).isEqualTo("carry:2024-01-01");
                    assertThat(l.amount()).isEqualByComparingTo("-500.00");
                    assertThat(l.reason()).startsWith("上期结转");
                });
    }
}
