package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.at;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032 with COM-5: an approved manual adjustment is a line on the channel's statement of the period it was
 * approved in, or, if that period is issued already, on the next open one; it never changes an issued statement.
 */
class ManualAdjustmentLedgerTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final LocalDate FEB = LocalDate.of(2024, 2, 1);

    static ManualAdjustment approved(String id, String amount, String approvedAt) {
        return new ManualAdjustment(id, CH, new BigDecimal(amount), "佣金核对差额", "finance-1", at(approvedAt),
                "finance-2", null);
    }

    @Test
    void an_approved_credit_is_an_adjustment_line_of_its_period() {
        Fixtures.Book book = new Fixtures.Book(standard()).add(deal("d1").build());
        book.manual.add(approved("a1", "1200.00", "2024-01-25T15:00"));
        Statement jan = book.statement(JAN);
        AdjustmentLine line = jan.adjustments().get(0);
        assertThat(line.key()).isEqualTo("manual:a1");
        assertThat(line.cause()).isEqualTo(AdjustmentCause.MANUAL);
        assertThat(line.amount()).isEqualByComparingTo("1200.00");
        assertThat(line.reasonZh()).contains("人工调整", "佣金核对差额");
        assertThat(line.causeEventId()).isEqualTo("adjustment:a1");
        assertThat(jan.totals().adjustments()).isEqualByComparingTo("1200.00");
        assertThat(jan.totals().netPayable()).isEqualByComparingTo("11200.00");
    }

    @Test
    void approved_in_a_period_issued_early_it_reaches_the_next_open_statement_once() {
        Fixtures.Book book = new Fixtures.Book(standard()).add(deal("d1").build());
        Statement jan = book.issue(JAN);
        book.manual.add(approved("a2", "-3000.00", "2024-01-28T15:00"));
        assertThat(book.statement(JAN)).isSameAs(jan);
        Statement feb = book.statement(FEB);
        assertThat(feb.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("manual:a2");
            assertThat(a.cause()).isEqualTo(AdjustmentCause.MANUAL);
            assertThat(a.originalPeriod().label()).isEqualTo("2024-01");
            assertThat(a.amount()).isEqualByComparingTo("-3000.00");
        });
        // February's debit is larger than its commission (none): nothing paid, carried forward (上期结转)
        assertThat(feb.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(feb.totals().carriedForward()).isEqualByComparingTo("-3000.00");
        // issued, February books it; March sees nothing more of it
        book.issue(FEB);
        book.add(deal("m1").subscribed("2024-03-03T10:00").build());
        Statement mar = book.statement(LocalDate.of(2024, 3, 1));
        assertThat(mar.adjustments()).isEmpty();
        assertThat(mar.totals().carriedIn()).isEqualByComparingTo("-3000.00");
        assertThat(mar.totals().netPayable()).isEqualByComparingTo("7000.00");
    }

    @Test
    void another_channels_adjustment_is_not_on_this_statement() {
        Fixtures.Book book = new Fixtures.Book(standard()).add(deal("d1").build());
        book.manual.add(new ManualAdjustment("a3", Fixtures.OTHER, new BigDecimal("500.00"), "x", "f1",
                at("2024-01-20T10:00"), "f2", null));
        assertThat(book.statement(JAN).adjustments()).isEmpty();
    }
}
