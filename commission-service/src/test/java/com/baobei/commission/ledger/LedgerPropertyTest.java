package com.baobei.commission.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.agreement.Scope;
import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierBasis;
import com.baobei.commission.agreement.TierMode;
import com.baobei.commission.agreement.TierTable;
import com.baobei.commission.agreement.Trigger;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For generated deliveries (new attributions, cancellations, re-attributions, moves), re-sent and
 * stale events, and statements issued in between, in any order: the sum of every statement line
 * of every channel (adjustments included) equals the commission recomputed from scratch from the
 * final attributions, and a re-sent event never changes a statement.
 *
 * <p>Plain JUnit over fixed seeds: each case is generated from its seed alone, so a failure names
 * the seed (and prints the setup and ops) and reruns identically.
 */
class LedgerPropertyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final List<String> CHANNELS = List.of("A", "B");
    static final List<String> AMOUNTS = List.of("500000.00", "1000000.00", "1234567.89", "2999999.99", "3000000.00",
            "777777.77", "100000.05");

    sealed interface Op permits Deliver, Redeliver, Issue {
    }

    /** A new revision of one purchase's attribution. */
    record Deliver(int purchase, String channel, int amount, int month, int day, int minuteOfDay, Integer contractDays,
                   boolean cancelled, boolean parking) implements Op {
    }

    /** One of the events delivered before, sent again (a duplicate or a stale revision). */
    record Redeliver(int index) implements Op {
    }

    /** Finance issues the statement of one channel for one month (if it is still open). */
    record Issue(String channel, int month) implements Op {
    }

    record Setup(TierMode modeA, TierBasis basisA, TierMode modeB, TierBasis basisB, Trigger trigger) {
    }

    static final int TRIES = 600;

    /** Fixed seeds, spread over the long range so neighbouring cases share nothing. */
    static LongStream seeds() {
        return LongStream.range(0, TRIES).map(i -> i * 0x9E3779B97F4A7C15L + 0x5DEECE66DL);
    }

    static Setup setup(SplittableRandom random) {
        return new Setup(oneOf(random, TierMode.values()), oneOf(random, TierBasis.values()),
                oneOf(random, TierMode.values()), oneOf(random, TierBasis.values()), oneOf(random, Trigger.values()));
    }

    /** 1..40 ops, weighted deliver 6 / redeliver 2 / issue 2. */
    static List<Op> history(SplittableRandom random) {
        int size = random.nextInt(1, 41);
        List<Op> ops = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int pick = random.nextInt(10);
            ops.add(pick < 6 ? deliver(random) : pick < 8 ? new Redeliver(random.nextInt(0, 1001)) : issue(random));
        }
        return ops;
    }

    static Op deliver(SplittableRandom random) {
        int purchase = random.nextInt(0, 10);
        String channel = oneOf(random, "A", "A", "B", "NONE");
        int amount = random.nextInt(0, AMOUNTS.size());
        int month = random.nextInt(0, 4);
        int day = random.nextInt(1, 32);
        int minuteOfDay = oneOf(random, 0, 1, 600, 1439);
        Integer contractDays = random.nextDouble() < 0.3 ? null : random.nextInt(0, 41);
        boolean cancelled = random.nextInt(4) == 0;
        boolean parking = random.nextInt(8) == 0;
        return new Deliver(purchase, channel, amount, month, day, minuteOfDay, contractDays, cancelled, parking);
    }

    static Op issue(SplittableRandom random) {
        return new Issue(CHANNELS.get(random.nextInt(CHANNELS.size())), random.nextInt(0, 5));
    }

    @SafeVarargs
    static <T> T oneOf(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void statements_add_up_to_the_commission_recomputed_from_scratch(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Setup setup = setup(random);
        List<Op> ops = history(random);
        String replay = "seed " + seed + "\nsetup " + setup + "\nops " + ops;
        try {
            check(setup, ops, replay);
        } catch (RuntimeException e) {
            throw new AssertionError(replay, e);
        }
    }

    static void check(Setup setup, List<Op> ops, String replay) {
        Map<String, Agreement> agreements = Map.of(
                "A", agreement("A", setup.modeA(), setup.basisA(), setup.trigger()),
                "B", agreement("B", setup.modeB(), setup.basisB(), setup.trigger()));
        DealBook book = new DealBook();
        Map<String, List<Statement>> issued = new HashMap<>();
        CHANNELS.forEach(c -> issued.put(c, new ArrayList<>()));
        List<Deal> sent = new ArrayList<>();
        int[] revisions = new int[10];
        int step = 0;
        for (Op op : ops) {
            step++;
            if (op instanceof Deliver d) {
                Deal deal = deal(d, revisions[d.purchase()]++, step);
                sent.add(deal);
                book.offer(deal);
            } else if (op instanceof Redeliver r && !sent.isEmpty()) {
                Map<String, List<Statement>> before = allStatements(agreements, book, issued);
                assertThat(book.offer(sent.get(r.index() % sent.size()))).as("re-send accepted; %s", replay)
                        .isFalse();
                assertThat(allStatements(agreements, book, issued)).as("re-send changed statements; %s", replay)
                        .isEqualTo(before);
            } else if (op instanceof Issue i) {
                ChannelLedger ledger = ledger(agreements.get(i.channel()), book, issued.get(i.channel()));
                Statement statement = ledger.statementFor(LocalDate.of(2024, 1 + i.month(), 1));
                if (!statement.wasIssued()) {
                    issued.get(i.channel()).add(statement.issue(Instant.EPOCH, "finance"));
                }
            }
        }
        for (String channel : CHANNELS) {
            ChannelLedger ledger = ledger(agreements.get(channel), book, issued.get(channel));
            BigDecimal allLines = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal stillCarried = BigDecimal.ZERO;
            for (Statement s : ledger.statements()) {
                allLines = allLines.add(sumOfLines(s)).subtract(s.totals().carriedIn());
                paid = paid.add(s.totals().netPayable());
                stillCarried = s.totals().carriedForward();
                // ADR 0032: a statement pays its balance when positive, else pays nothing and carries it forward
                assertThat(s.totals().balance()).as("balance of %s %s; %s", channel, s.period(), replay)
                        .isEqualByComparingTo(sumOfLines(s));
                assertThat(s.totals().netPayable().signum()).as("net payable of %s %s; %s", channel, s.period(),
                        replay).isGreaterThanOrEqualTo(0);
                assertThat(s.totals().carriedForward().signum()).isLessThanOrEqualTo(0);
            }
            BigDecimal fromScratch = fromScratch(agreements.get(channel), book, channel);
            assertThat(allLines).as("all lines but carries of channel %s; %s", channel, replay)
                    .isEqualByComparingTo(fromScratch);
            // every carried balance is taken exactly once: what is paid is the worth less what the last one carries
            assertThat(paid).as("paid to channel %s; %s", channel, replay)
                    .isEqualByComparingTo(fromScratch.subtract(stillCarried));
            assertThat(ledger.truthTotal()).as("truth total of channel %s; %s", channel, replay)
                    .isEqualByComparingTo(fromScratch);
            // the statements that were issued are the ones the ledger shows, unchanged
            for (Statement s : issued.get(channel)) {
                assertThat(ledger.statementFor(s.period().start()))
                        .as("issued statement %s %s replaced; %s", channel, s.period(), replay).isSameAs(s);
            }
        }
    }

    static BigDecimal sumOfLines(Statement s) {
        BigDecimal sum = BigDecimal.ZERO;
        for (DealLine l : s.deals()) {
            sum = sum.add(l.commission());
        }
        for (AdjustmentLine l : s.adjustments()) {
            sum = sum.add(l.amount());
        }
        for (ChargeLine l : s.charges()) {
            sum = sum.add(l.amount());
        }
        return sum;
    }

    static Map<String, List<Statement>> allStatements(Map<String, Agreement> agreements, DealBook book,
                                                      Map<String, List<Statement>> issued) {
        Map<String, List<Statement>> all = new TreeMap<>();
        for (String channel : CHANNELS) {
            all.put(channel, ledger(agreements.get(channel), book, issued.get(channel)).statements());
        }
        return all;
    }

    static ChannelLedger ledger(Agreement agreement, DealBook book, List<Statement> issued) {
        return ChannelLedger.build(new ChannelLedger.Input("T", "P", agreement.channelId(), agreement, book.deals(),
                List.of(), issued));
    }

    static Agreement agreement(String channel, TierMode mode, TierBasis basis, Trigger trigger) {
        List<Tier> tiers = basis == TierBasis.DEAL_COUNT
                ? List.of(Tier.from("1", "1.0"), Tier.from("3", "1.5"), Tier.from("5", "2.25"))
                : List.of(Tier.from("0", "1.0"), Tier.from("3000000", "1.5"), Tier.from("6000000", "2.25"));
        return new Agreement("P", channel, 1, SHANGHAI, null, List.of(new AgreementVersion(1, LocalDate.of(2024, 1, 1),
                new TierTable(basis, mode, tiers), trigger, Scope.DEFAULT)));
    }

    static Deal deal(Deliver d, int revision, int step) {
        YearMonth month = YearMonth.of(2024, 1 + d.month());
        LocalDateTime local = month.atDay(Math.min(d.day(), month.lengthOfMonth())).atStartOfDay()
                .plusMinutes(d.minuteOfDay());
        Instant subscribed = local.atZone(SHANGHAI).toInstant();
        Instant contracted = d.contractDays() == null ? null : subscribed.plusSeconds(d.contractDays() * 86_400L);
        Instant cancelled = d.cancelled() ? subscribed.plusSeconds(86_400L * 45) : null;
        String channel = d.channel().equals("NONE") ? null : d.channel();
        return new Deal("p" + d.purchase(), "U" + d.purchase(), d.parking() ? UnitType.PARKING : UnitType.RESIDENTIAL,
                new BigDecimal(AMOUNTS.get(d.amount())), subscribed, contracted, cancelled, channel, "agent",
                revision, "e-p" + d.purchase() + "-r" + revision, Instant.parse("2024-06-01T00:00:00Z")
                .plusSeconds(step), List.of("PUR-1"));
    }

    // ---- an independent, naive recomputation from the final attributions ----

    static BigDecimal fromScratch(Agreement agreement, DealBook book, String channel) {
        AgreementVersion v = agreement.versions().get(0);
        Map<YearMonth, List<Deal>> byMonth = new TreeMap<>();
        Map<String, Instant> accrual = new HashMap<>();
        for (Deal d : book.deals()) {
            Instant at = v.trigger() == Trigger.SUBSCRIPTION ? d.subscribedAt() : d.contractedAt();
            if (!channel.equals(d.channelId()) || d.cancelledAt() != null || at == null
                    || d.unitType() == UnitType.PARKING) {
                continue;
            }
            accrual.put(d.purchaseId(), at);
            byMonth.computeIfAbsent(YearMonth.from(at.atZone(SHANGHAI)), m -> new ArrayList<>()).add(d);
        }
        BigDecimal total = BigDecimal.ZERO;
        List<Tier> tiers = v.tiers().tiers();
        for (List<Deal> deals : byMonth.values()) {
            deals.sort(Comparator.comparing((Deal d) -> accrual.get(d.purchaseId())).thenComparing(Deal::purchaseId));
            BigDecimal count = BigDecimal.valueOf(deals.size());
            BigDecimal sum = deals.stream().map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal running = BigDecimal.ZERO;
            for (int i = 0; i < deals.size(); i++) {
                BigDecimal amount = deals.get(i).amount();
                BigDecimal exact;
                if (v.tiers().mode() == TierMode.RETROACTIVE) {
                    BigDecimal basis = v.tiers().basis() == TierBasis.DEAL_COUNT ? count : sum;
                    exact = amount.multiply(rateAt(tiers, basis)).divide(BigDecimal.valueOf(100));
                } else if (v.tiers().basis() == TierBasis.DEAL_COUNT) {
                    exact = amount.multiply(rateAt(tiers, BigDecimal.valueOf(i + 1))).divide(BigDecimal.valueOf(100));
                } else {
                    exact = BigDecimal.ZERO;
                    for (int t = 0; t < tiers.size(); t++) {
                        BigDecimal lo = tiers.get(t).from();
                        BigDecimal hi = t + 1 < tiers.size() ? tiers.get(t + 1).from() : null;
                        BigDecimal from = running.max(lo);
                        BigDecimal to = hi == null ? running.add(amount) : running.add(amount).min(hi);
                        if (to.compareTo(from) > 0) {
                            exact = exact.add(to.subtract(from).multiply(tiers.get(t).ratePercent())
                                    .divide(BigDecimal.valueOf(100)));
                        }
                    }
                    running = running.add(amount);
                }
                total = total.add(exact.setScale(2, RoundingMode.HALF_UP));
            }
        }
        return total;
    }

    static BigDecimal rateAt(List<Tier> tiers, BigDecimal basis) {
        BigDecimal rate = tiers.get(0).ratePercent();
        for (Tier t : tiers) {
            if (t.from().compareTo(basis) <= 0) {
                rate = t.ratePercent();
            }
        }
        return rate;
    }
}
