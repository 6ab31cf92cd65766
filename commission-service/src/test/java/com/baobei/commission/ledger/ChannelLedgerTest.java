package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.OTHER;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.ledger;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.agreement.Scope;
import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierTable;
import com.baobei.commission.agreement.Trigger;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios of one channel's ledger: triggers, exclusions, cancellations and moves before and after issue. */
class ChannelLedgerTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final LocalDate FEB = LocalDate.of(2024, 2, 1);
    static final LocalDate MAR = LocalDate.of(2024, 3, 1);

    static List<Deal> sixJanuaryDeals() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            deals.add(deal("d" + i).subscribed("2024-01-0" + i + "T10:00").build());
        }
        return deals;
    }

    @Test
    void com3_subscription_trigger_uses_the_subscription_day_in_shanghai() {
        Deal lateNight = deal("d1").subscribed("2024-01-31T23:30").build();
        Deal nextMorning = deal("d2").subscribed("2024-02-01T00:00").build();
        ChannelLedger ledger = ledger(standard(), List.of(lateNight, nextMorning));
        assertThat(ledger.statementFor(JAN).deals()).extracting(DealLine::purchaseId).containsExactly("d1");
        assertThat(ledger.statementFor(FEB).deals()).extracting(DealLine::purchaseId).containsExactly("d2");
    }

    @Test
    void com3_contract_trigger_waits_for_the_contract() {
        Agreement byContract = Fixtures.agreement(standard().versions().get(0).tiers(), Trigger.CONTRACT);
        Deal signedInFebruary = deal("d1").subscribed("2024-01-20T10:00").contracted("2024-02-03T15:00").build();
        Deal notSigned = deal("d2").subscribed("2024-01-25T10:00").build();
        ChannelLedger ledger = ledger(byContract, List.of(signedInFebruary, notSigned));
        assertThat(ledger.statementFor(JAN).deals()).isEmpty();
        assertThat(ledger.statementFor(FEB).deals()).extracting(DealLine::purchaseId).containsExactly("d1");
        assertThat(ledger.statements()).hasSize(1);
    }

    @Test
    void pur3_exclusions_are_listed_at_zero_and_do_not_count_for_tiers() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            deals.add(deal("d" + i).build());
        }
        deals.add(deal("parking").unit("P-001", UnitType.PARKING).amount("150000.00").build());
        deals.add(deal("before").subscribed("2023-12-31T12:00").build());
        deals.add(deal("theirs").channel(OTHER).build());
        Statement jan = ledger(standard(), deals).statementFor(JAN);
        assertThat(jan.tier().tier()).isEqualTo(1);
        assertThat(jan.totals().dealCount()).isEqualTo(5);
        assertThat(jan.totals().gross()).isEqualByComparingTo("50000.00");
        DealLine parking = jan.deals().stream().filter(d -> d.purchaseId().equals("parking")).findFirst().orElseThrow();
        assertThat(parking.status()).isEqualTo(DealStatus.EXCLUDED);
        assertThat(parking.exclusion()).startsWith("PUR-3");
        assertThat(parking.commission()).isEqualByComparingTo("0");
        assertThat(jan.deals()).extracting(DealLine::purchaseId).doesNotContain("theirs", "before");
        Statement dec = ledger(standard(), deals).statementFor(LocalDate.of(2023, 12, 1));
        assertThat(dec.deals()).singleElement().satisfies(d -> assertThat(d.exclusion()).startsWith("COM-2"));
    }

    @Test
    void a_deal_lists_its_attribution_rule_ids_tier_and_rate() {
        Statement jan = ledger(standard(), sixJanuaryDeals()).statementFor(JAN);
        DealLine line = jan.deals().get(0);
        assertThat(line.attributionRuleIds()).containsExactly("VIS-4", "PUR-1");
        assertThat(line.attributionEventId()).isEqualTo("ev-d1-r0");
        assertThat(line.tier()).isEqualTo(2);
        assertThat(line.ratePercent()).isEqualByComparingTo("1.2");
        assertThat(line.commission()).isEqualByComparingTo("12000.00");
        assertThat(jan.totals().netPayable()).isEqualByComparingTo("72000.00");
    }

    @Test
    void pur8_a_cancellation_in_an_open_period_just_recomputes_it() {
        Fixtures.Book book = new Fixtures.Book(standard());
        sixJanuaryDeals().forEach(book::add);
        book.add(deal("d6").subscribed("2024-01-06T10:00").cancelled("2024-01-20T10:00").revision(1).build());
        Statement jan = book.statement(JAN);
        assertThat(jan.adjustments()).isEmpty();
        assertThat(jan.tier().tier()).isEqualTo(1);
        assertThat(jan.totals().gross()).isEqualByComparingTo("50000.00");
        assertThat(jan.deals()).filteredOn(d -> d.status() == DealStatus.CANCELLED)
                .extracting(DealLine::purchaseId).containsExactly("d6");
    }

    @Test
    void com5_a_cancellation_after_issue_is_an_adjustment_on_the_next_open_statement() {
        Fixtures.Book book = new Fixtures.Book(standard());
        sixJanuaryDeals().forEach(book::add);
        Statement issuedJan = book.issue(JAN);
        assertThat(issuedJan.totals().netPayable()).isEqualByComparingTo("72000.00");

        Deal cancel = deal("d6").subscribed("2024-01-06T10:00").cancelled("2024-02-05T10:00").revision(1)
                .event("ev-cancel-d6").build();
        book.add(cancel);
        ChannelLedger ledger = book.ledger();

        assertThat(ledger.statementFor(JAN)).isSameAs(issuedJan);
        Statement feb = ledger.statementFor(FEB);
        assertThat(feb.state()).isEqualTo(StatementState.OPEN);
        assertThat(feb.deals()).isEmpty();
        AdjustmentLine reversal = feb.adjustments().stream().filter(a -> a.key().equals("deal:d6")).findFirst()
                .orElseThrow();
        assertThat(reversal.cause()).isEqualTo(AdjustmentCause.CANCELLED);
        assertThat(reversal.causeEventId()).isEqualTo("ev-cancel-d6");
        assertThat(reversal.originalPeriod().label()).isEqualTo("2024-01");
        assertThat(reversal.amount()).isEqualByComparingTo("-12000.00");
        assertThat(reversal.ruleIds()).contains("PUR-8", "COM-5");
        // the tier fell back to 1 %, so the five other deals lose 0.2 % each, citing the cancellation
        assertThat(feb.adjustments()).filteredOn(a -> a.cause() == AdjustmentCause.TIER_MOVED)
                .hasSize(5)
                .allSatisfy(a -> {
                    assertThat(a.amount()).isEqualByComparingTo("-2000.00");
                    assertThat(a.causeEventId()).isEqualTo("ev-cancel-d6");
                    assertThat(a.originalPeriod().label()).isEqualTo("2024-01");
                });
        assertThat(feb.totals().adjustments()).isEqualByComparingTo("-22000.00");
        assertThat(issuedJan.totals().netPayable().add(feb.totals().balance()))
                .isEqualByComparingTo(ledger.truthTotal()).isEqualByComparingTo("50000.00");
        // ADR 0032: February's clawback exceeds its commission: nothing is paid, the rest is carried forward
        assertThat(feb.totals().netPayable()).isEqualByComparingTo("0.00");
        assertThat(feb.totals().carriedForward()).isEqualByComparingTo("-22000.00");
    }

    @Test
    void redelivery_and_stale_revisions_change_nothing() {
        Fixtures.Book book = new Fixtures.Book(standard());
        sixJanuaryDeals().forEach(book::add);
        book.issue(JAN);
        Deal cancel = deal("d6").subscribed("2024-01-06T10:00").cancelled("2024-02-05T10:00").revision(1).build();
        assertThat(book.deals.offer(cancel)).isTrue();
        Statement before = book.statement(FEB);
        assertThat(book.deals.offer(cancel)).isFalse();
        assertThat(book.deals.offer(deal("d6").subscribed("2024-01-06T10:00").build())).isFalse();
        assertThat(book.statement(FEB)).isEqualTo(before);
        book.issue(FEB);
        // issuing February booked the adjustments: recomputing books nothing more
        assertThat(book.statement(MAR).adjustments()).isEmpty();
    }

    @Test
    void adjustments_skip_issued_periods_to_the_next_open_one() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").build());
        book.issue(JAN);
        book.issue(FEB);
        book.add(deal("d1").cancelled("2024-03-02T10:00").revision(1).build());
        assertThat(book.statement(FEB).adjustments()).isEmpty();
        assertThat(book.statement(MAR).adjustments()).singleElement()
                .satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("-10000.00"));
    }

    @Test
    void a_reattribution_moves_the_money_between_channels() {
        Agreement a = standard();
        Agreement b = Fixtures.withChannel(standard(), OTHER);
        Deal toA = deal("d1").build();
        Deal toB = deal("d1").channel(OTHER).revision(1).event("ev-ruling").build();

        Fixtures.Book bookA = new Fixtures.Book(a).add(toA);
        Fixtures.Book bookB = new Fixtures.Book(b).add(toA);
        bookA.issue(JAN);
        bookB.issue(JAN);
        bookA.add(toB);
        bookB.add(toB);

        AdjustmentLine lost = bookA.statement(FEB).adjustments().get(0);
        assertThat(lost.cause()).isEqualTo(AdjustmentCause.REATTRIBUTED);
        assertThat(lost.causeEventId()).isEqualTo("ev-ruling");
        assertThat(lost.amount()).isEqualByComparingTo("-10000.00");
        AdjustmentLine won = bookB.statement(FEB).adjustments().get(0);
        assertThat(won.cause()).isEqualTo(AdjustmentCause.LATE_DEAL);
        assertThat(won.causeEventId()).isEqualTo("ev-ruling");
        assertThat(won.amount()).isEqualByComparingTo("10000.00");
    }

    @Test
    void a_reattribution_back_and_forth_nets_to_zero() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").build());
        book.issue(JAN);
        book.add(deal("d1").channel(OTHER).revision(1).build());
        book.issue(FEB);
        book.add(deal("d1").revision(2).build());
        AdjustmentLine back = book.statement(MAR).adjustments().get(0);
        assertThat(back.amount()).isEqualByComparingTo("10000.00");
        assertThat(back.before()).isEqualByComparingTo("0.00");
        assertThat(back.originalPeriod().label()).isEqualTo("2024-01");
    }

    @Test
    void changing_the_agreement_after_issue_cites_the_change() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").build());
        book.issue(JAN);
        Agreement richer = Fixtures.agreement(TierTable.retroactiveByCount(Tier.from("1", "2.0")), Trigger.SUBSCRIPTION);
        Agreement revised = new Agreement(richer.projectId(), richer.channelId(), 2, richer.zone(), null,
                richer.versions());
        ChannelLedger ledger = ledger(revised, book.deals.deals(), List.of(), book.issued);
        AdjustmentLine up = ledger.statementFor(FEB).adjustments().get(0);
        assertThat(up.cause()).isEqualTo(AdjustmentCause.AGREEMENT_CHANGED);
        assertThat(up.causeEventId()).isEqualTo("agreement:P1:CH-A:r2");
        assertThat(up.amount()).isEqualByComparingTo("10000.00");
    }

    @Test
    void each_period_is_settled_under_the_version_in_force() {
        Agreement two = new Agreement(Fixtures.PROJECT, CH, 1, Fixtures.SHANGHAI, null, List.of(
                new AgreementVersion(1, LocalDate.of(2024, 1, 1), TierTable.retroactiveByCount(Tier.from("1", "1.0")),
                        Trigger.SUBSCRIPTION, Scope.DEFAULT),
                new AgreementVersion(2, LocalDate.of(2024, 3, 1), TierTable.retroactiveByCount(Tier.from("1", "2.0")),
                        Trigger.SUBSCRIPTION, Scope.DEFAULT)));
        assertThat(two.problems()).isEmpty();
        ChannelLedger ledger = ledger(two, List.of(deal("feb").subscribed("2024-02-29T23:59").build(),
                deal("mar").subscribed("2024-03-01T00:00").build()));
        assertThat(ledger.statementFor(FEB).agreementVersion()).isEqualTo(1);
        assertThat(ledger.statementFor(FEB).totals().gross()).isEqualByComparingTo("10000.00");
        assertThat(ledger.statementFor(MAR).agreementVersion()).isEqualTo(2);
        assertThat(ledger.statementFor(MAR).totals().gross()).isEqualByComparingTo("20000.00");
    }

    @Test
    void com2_a_custom_first_period_counts_its_deals_together() {
        Agreement xx = new Agreement(Fixtures.PROJECT, CH, 1, Fixtures.SHANGHAI, LocalDate.of(2016, 4, 30), List.of(
                new AgreementVersion(1, LocalDate.of(2016, 3, 15),
                        TierTable.retroactiveByCount(Tier.from("1", "1.0"), Tier.from("2", "1.5")),
                        Trigger.SUBSCRIPTION, Scope.DEFAULT)));
        ChannelLedger ledger = ledger(xx, List.of(deal("a").subscribed("2016-03-20T10:00").build(),
                deal("b").subscribed("2016-04-30T23:00").build(), deal("c").subscribed("2016-05-01T09:00").build()));
        Statement first = ledger.statementFor(LocalDate.of(2016, 4, 1));
        assertThat(first.statementId()).isEqualTo("T1:P1:CH-A:2016-03-15");
        assertThat(first.period().label()).isEqualTo("2016-03-15..2016-04-30");
        assertThat(first.tier().tier()).isEqualTo(2);
        assertThat(first.totals().gross()).isEqualByComparingTo("30000.00");
        Statement may = ledger.statementFor(LocalDate.of(2016, 5, 1));
        assertThat(may.period().label()).isEqualTo("2016-05");
        assertThat(may.totals().gross()).isEqualByComparingTo("10000.00");
    }

    @Test
    void an_empty_period_has_an_empty_open_statement() {
        Statement s = ledger(standard(), List.of()).statementFor(LocalDate.of(2024, 5, 17));
        assertThat(s.hasNoLines()).isTrue();
        assertThat(s.statementId()).isEqualTo("T1:P1:CH-A:2024-05-01");
        assertThat(s.totals().netPayable()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(StatementId.parse(s.statementId()))
                .contains(new StatementId("T1", "P1", CH, LocalDate.of(2024, 5, 1)));
        // a channel id may hold ':'; tenant and project ids may not
        assertThat(StatementId.parse("T1:P1:ch:x:2024-05-01"))
                .contains(new StatementId("T1", "P1", "ch:x", LocalDate.of(2024, 5, 1)));
        assertThat(StatementId.parse("P1:CH-A:2024-05-01")).isEmpty();
    }
}
