package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.PROJECT;
import static com.baobei.commission.ledger.Fixtures.at;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a fine of 1e308 stored before the input limits made every issue and export of its channel's statement
 * fail. The ledger still computes such a statement exactly; {@link Limits#statement} names what cannot be issued.
 */
class StatementLimitsTest {

    static final LocalDate FEB = LocalDate.of(2024, 2, 1);

    static Fine storedFine(String id, String amount) {
        // as a row of the fine table may hold it: recorded before the door refused such amounts
        return new Fine(id, PROJECT, CH, null, FineReason.OTHER, 1, FineConsequence.NONE,
                List.of(new Charge(FineTarget.CHANNEL, null, new BigDecimal(amount))), at("2024-02-10T10:00"),
                "finance-1", null);
    }

    @Test
    void an_ordinary_statement_has_nothing_out_of_range() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").subscribed("2024-02-03T10:00").amount("9999999999.99").build());
        book.fines.add(storedFine("f1", "100000.00"));
        assertThat(Limits.statement(book.statement(FEB))).isEmpty();
    }

    @Test
    void a_stored_fine_of_1e308_is_named_with_the_totals_it_breaks() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").subscribed("2024-02-03T10:00").build());
        book.fines.add(storedFine("huge", "1e308"));
        Statement february = book.statement(FEB);
        List<Problem> problems = Limits.statement(february);
        assertThat(problems).extracting(Problem::field)
                .containsExactly("charges[0].amount", "totals.fines", "totals.carriedForward");
        assertThat(problems.get(0).message()).startsWith("fine huge: ");
    }

    @Test
    void lines_each_in_range_can_still_sum_beyond_ten_billion() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.fines.add(storedFine("f1", "6000000000.00"));
        book.fines.add(storedFine("f2", "6000000000.00"));
        assertThat(Limits.statement(book.statement(FEB))).extracting(Problem::field)
                .containsExactly("totals.fines", "totals.carriedForward");
    }
}
