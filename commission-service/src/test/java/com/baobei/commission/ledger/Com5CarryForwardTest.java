package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.PROJECT;
import static com.baobei.commission.ledger.Fixtures.at;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032, 上期结转: fines or clawbacks larger than a period's commission leave a negative balance; the statement pays
 * nothing and the balance is carried forward to the channel's next statement as a line citing where it comes from.
 */
class Com5CarryForwardTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final LocalDate FEB = LocalDate.of(2024, 2, 1);
    static final LocalDate MAR = LocalDate.of(2024, 3, 1);

    /** January: one deal earning 10,000; a first forbidden-zone offence: 10,000 + 500. */
    static Fixtures.Book januaryFinedAboveItsCommission() {
        Fixtures.Book book = new Fixtures.Book(standard()).add(deal("d1").build());
        book.fines.add(Com4Fines.decide(new FineRequest("f1", PROJECT, CH, FineReason.FORBIDDEN_ZONE, null, "agent-7",
                null, null), List.of(), at("2024-01-20T10:00"), "finance-1"));
        return book;
    }

    @Test
    void a_negative_balance_pays_nothing_and_is_carried_to_the_next_statement() {
        Fixtures.Book book = januaryFinedAboveItsCommission();
        Statement jan = book.issue(JAN);
        assertThat(jan.totals().gross()).isEqualByComparingTo("10000.00");
        assertThat(jan.totals().fines()).isEqualByComparingTo("-10500.00");
        assertThat(jan.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(jan.totals().carriedForward()).isEqualByComparingTo("-500.00");

        book.add(deal("d2").subscribed("2024-02-05T10:00").build());
        Statement feb = book.statement(FEB);
        ChargeLine carried = feb.charges().stream().filter(c -> c.kind() == ChargeKind.CARRIED_FORWARD).findFirst()
                .orElseThrow();
        assertThat(carried.key()).isEqualTo("carry:2024-01-01");
        assertThat(carried.amount()).isEqualByComparingTo("-500.00");
        assertThat(carried.note()).startsWith("上期结转：2024-01");
        assertThat(feb.totals().carriedIn()).isEqualByComparingTo("-500.00");
        assertThat(feb.totals().fines()).isEqualByComparingTo("0.00");
        assertThat(feb.totals().netPayable()).isEqualByComparingTo("9500.00");
        assertThat(feb.totals().carriedForward()).isEqualByComparingTo("0.00");
    }

    @Test
    void an_issued_negative_balance_shows_on_the_next_period_even_without_deals_and_passes_through_it() {
        Fixtures.Book book = januaryFinedAboveItsCommission();
        book.issue(JAN);
        assertThat(book.ledger().statements()).extracting(s -> s.period().label()).containsExactly("2024-01", "2024-02");
        Statement emptyFeb = book.statement(FEB);
        assertThat(emptyFeb.deals()).isEmpty();
        assertThat(emptyFeb.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(emptyFeb.totals().carriedForward()).isEqualByComparingTo("-500.00");

        book.add(deal("d3").subscribed("2024-03-05T10:00").build());
        Statement mar = book.statement(MAR);
        assertThat(mar.charges()).extracting(ChargeLine::key, c -> c.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carry:2024-02-01", "-500.00"));
        assertThat(mar.totals().netPayable()).isEqualByComparingTo("9500.00");
    }

    @Test
    void issued_out_of_order_a_carry_taken_from_a_period_that_turns_positive_is_given_back() {
        Fixtures.Book book = januaryFinedAboveItsCommission();
        Statement feb = book.issue(FEB);
        assertThat(feb.totals().carriedIn()).isEqualByComparingTo("-500.00");
        // a ruling gives the channel another January deal: January now earns 20,000 - 10,500
        book.add(deal("d-late").subscribed("2024-01-25T10:00").build());
        Statement jan = book.statement(JAN);
        assertThat(jan.totals().netPayable()).isEqualByComparingTo("9500.00");
        assertThat(jan.totals().carriedForward()).isEqualByComparingTo("0.00");
        // February passed January's 500 on to March, and March gets it back from January: the three pay 9,500
        Statement mar = book.statement(MAR);
        assertThat(mar.charges()).extracting(ChargeLine::key, c -> c.amount().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("carry:2024-01-01", "500.00"),
                        org.assertj.core.groups.Tuple.tuple("carry:2024-02-01", "-500.00"));
        assertThat(mar.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(jan.totals().netPayable().add(feb.totals().netPayable()).add(mar.totals().netPayable()))
                .isEqualByComparingTo("9500.00");
    }
}
