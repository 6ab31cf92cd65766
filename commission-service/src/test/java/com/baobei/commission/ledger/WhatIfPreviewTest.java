package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.PROJECT;
import static com.baobei.commission.ledger.Fixtures.TENANT;
import static com.baobei.commission.ledger.Fixtures.at;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: the what-if on everything the ledger knows. Finance previews what a cancellation, a late deal, a fine or
 * an adjustment does to the next open statement, issued statements and approved adjustments included.
 */
class WhatIfPreviewTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final Instant NOW = at("2024-02-10T10:00");

    /** Six January deals (tier 2, 1.2 %), issued; an approved credit of 800 in February. */
    static Fixtures.Book issuedJanuary() {
        Fixtures.Book book = new Fixtures.Book(standard());
        for (int i = 1; i <= 6; i++) {
            book.add(deal("d" + i).subscribed("2024-01-0" + i + "T10:00").build());
        }
        book.issue(JAN);
        book.manual.add(new ManualAdjustment("a1", CH, new BigDecimal("800.00"), "补发", "f1", at("2024-02-05T10:00"),
                "f2", null));
        return book;
    }

    static ChannelLedger.Input facts(Fixtures.Book book) {
        return new ChannelLedger.Input(TENANT, PROJECT, CH, book.agreement, book.deals.deals(), book.fines,
                book.issued, book.manual);
    }

    @Test
    void pur8_a_cancellation_after_an_issued_statement_previews_a_clawback_on_the_next_statement() {
        Fixtures.Book book = issuedJanuary();
        Deal cancelled = deal("d6").subscribed("2024-01-06T10:00").cancelled("2024-02-10T10:00").revision(1)
                .event("what-if:cancel:d6").build();

        WhatIfPreview.Preview preview = WhatIfPreview.run(facts(book),
                WhatIfPreview.changes(List.of(cancelled), List.of(), List.of()), JAN);

        // January is issued, so the statement shown is February's, with the approved adjustment before and after
        assertThat(preview.before().period().label()).isEqualTo("2024-02");
        assertThat(preview.before().adjustments()).extracting(AdjustmentLine::key).containsExactly("manual:a1");
        AdjustmentLine clawback = preview.after().adjustments().stream().filter(a -> a.key().equals("deal:d6"))
                .findFirst().orElseThrow();
        assertThat(clawback.cause()).isEqualTo(AdjustmentCause.CANCELLED);
        assertThat(clawback.amount()).isEqualByComparingTo("-12000.00");
        assertThat(clawback.originalPeriod().label()).isEqualTo("2024-01");
        // the tier falls back to 1 %: five deals lose 2,000 each
        assertThat(preview.after().adjustments()).filteredOn(a -> a.cause() == AdjustmentCause.TIER_MOVED).hasSize(5);
        assertThat(preview.changedLines()).extracting(WhatIfPreview.LineChange::key).contains("deal:d6")
                .doesNotContain("manual:a1");
        // 800 credit - 22,000 clawed back: nothing paid, 21,200 carried forward
        assertThat(preview.before().totals().netPayable()).isEqualByComparingTo("800.00");
        assertThat(preview.after().totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(preview.after().totals().carriedForward()).isEqualByComparingTo("-21200.00");
        assertThat(preview.netPayableChange()).isEqualByComparingTo("-800.00");
        // nothing stored: the book's own ledger still shows February as before
        assertThat(book.statement(LocalDate.of(2024, 2, 1)).adjustments()).hasSize(1);
    }

    @Test
    void a_late_deal_for_an_issued_period_previews_a_late_deal_line_and_the_tier_it_moves() {
        Fixtures.Book book = issuedJanuary();
        Deal late = deal("late").subscribed("2024-01-20T10:00").event("what-if:late:late").build();
        WhatIfPreview.Preview preview = WhatIfPreview.run(facts(book),
                WhatIfPreview.changes(List.of(late), List.of(), List.of()), JAN);
        assertThat(preview.after().adjustments()).filteredOn(a -> a.key().equals("deal:late")).singleElement()
                .satisfies(a -> assertThat(a.cause()).isEqualTo(AdjustmentCause.LATE_DEAL));
        assertThat(preview.netPayableChange()).isEqualByComparingTo("12000.00");
    }

    @Test
    void com4_a_fine_and_an_adjustment_preview_their_lines() {
        Fixtures.Book book = issuedJanuary();
        book.add(deal("f1").subscribed("2024-02-03T10:00").build());
        Fine fine = Com4Fines.decide(new FineRequest("what-if-fine-1", PROJECT, CH, FineReason.ON_SITE_QUARREL,
                FineTarget.AGENT, "agent-1", null, null), book.fines, NOW, "what-if");
        ManualAdjustment debit = new ManualAdjustment("what-if-adjustment-1", CH, new BigDecimal("-300.00"), "扣回",
                "what-if", NOW, "what-if", null);
        WhatIfPreview.Preview preview = WhatIfPreview.run(facts(book),
                WhatIfPreview.changes(List.of(), List.of(fine), List.of(debit)), JAN);
        assertThat(preview.after().charges()).extracting(ChargeLine::amount)
                .containsExactly(new BigDecimal("-1000.00"));
        assertThat(preview.changedLines()).extracting(WhatIfPreview.LineChange::key)
                .containsExactlyInAnyOrder("fine:what-if-fine-1:1", "manual:what-if-adjustment-1");
        assertThat(preview.netPayableChange()).isEqualByComparingTo("-1300.00");
    }
}
