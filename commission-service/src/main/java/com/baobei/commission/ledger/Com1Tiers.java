package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierBasis;
import com.baobei.commission.agreement.TierTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * COM-1, tiered rates over one period's commissionable deals (given in {@link Accrued#ORDER}).
 * Retroactive: the period's count or amount picks one tier and every deal gets its rate.
 * Marginal by count: the n-th deal gets the rate of the tier containing n. Marginal by amount:
 * each part of a deal's amount gets the rate of the tier that part falls in, like a tax bracket.
 * Each deal's commission is rounded once, to the fen, half up.
 */
public final class Com1Tiers {

    public static final List<String> RULES = List.of("COM-1", "COM-3");

    /** Tier numbers are 1-based on statements. */
    public record Pricing(Integer tier, BigDecimal ratePercent, List<Band> bands, BigDecimal commission) {
    }

    public record Result(List<Pricing> pricings, TierSummary summary) {
    }

    private Com1Tiers() {
    }

    public static Result price(List<BigDecimal> amounts, TierTable table) {
        BigDecimal basisValue = basisValue(amounts, table.basis());
        List<Pricing> pricings = switch (table.mode()) {
            case RETROACTIVE -> retroactive(amounts, table, basisValue);
            case MARGINAL -> table.basis() == TierBasis.DEAL_COUNT ? marginalByCount(amounts, table)
                    : marginalByAmount(amounts, table);
        };
        return new Result(pricings, summary(table, basisValue));
    }

    public static BigDecimal basisValue(List<BigDecimal> amounts, TierBasis basis) {
        if (basis == TierBasis.DEAL_COUNT) {
            return BigDecimal.valueOf(amounts.size());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            sum = sum.add(amount);
        }
        return sum;
    }

    public static TierSummary summary(TierTable table, BigDecimal basisValue) {
        int reached = table.indexFor(basisValue);
        Tier tier = table.tier(reached);
        boolean hasNext = reached + 1 < table.size();
        return new TierSummary(table.basis(), table.mode(), basisValue, reached + 1, tier.from(), tier.ratePercent(),
                hasNext ? table.tier(reached + 1).from() : null,
                hasNext ? table.tier(reached + 1).ratePercent() : null);
    }

    private static List<Pricing> retroactive(List<BigDecimal> amounts, TierTable table, BigDecimal basisValue) {
        int index = table.indexFor(basisValue);
        BigDecimal rate = table.tier(index).ratePercent();
        List<Pricing> pricings = new ArrayList<>(amounts.size());
        for (BigDecimal amount : amounts) {
            pricings.add(new Pricing(index + 1, rate, List.of(), Money.fen(Money.atRate(amount, rate))));
        }
        return pricings;
    }

    private static List<Pricing> marginalByCount(List<BigDecimal> amounts, TierTable table) {
        List<Pricing> pricings = new ArrayList<>(amounts.size());
        for (int n = 1; n <= amounts.size(); n++) {
            int index = table.indexFor(BigDecimal.valueOf(n));
            BigDecimal rate = table.tier(index).ratePercent();
            pricings.add(new Pricing(index + 1, rate, List.of(), Money.fen(Money.atRate(amounts.get(n - 1), rate))));
        }
        return pricings;
    }

    private static List<Pricing> marginalByAmount(List<BigDecimal> amounts, TierTable table) {
        List<Pricing> pricings = new ArrayList<>(amounts.size());
        BigDecimal before = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            BigDecimal after = before.add(amount);
            List<Band> bands = new ArrayList<>();
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < table.size(); i++) {
                BigDecimal low = table.tier(i).from();
                BigDecimal high = table.upperBound(i);
                BigDecimal top = high == null || after.compareTo(high) < 0 ? after : high;
                BigDecimal bottom = before.compareTo(low) > 0 ? before : low;
                BigDecimal portion = top.subtract(bottom);
                if (portion.signum() > 0) {
                    BigDecimal rate = table.tier(i).ratePercent();
                    bands.add(new Band(i + 1, portion, rate));
                    exact = exact.add(Money.atRate(portion, rate));
                }
            }
            if (bands.isEmpty()) {
                // a zero amount: priced at the tier the period's running total is in
                int index = table.indexFor(before);
                bands.add(new Band(index + 1, BigDecimal.ZERO, table.tier(index).ratePercent()));
            }
            Band last = bands.get(bands.size() - 1);
            BigDecimal rate = bands.size() == 1 ? last.ratePercent() : null;
            pricings.add(new Pricing(last.tier(), rate, bands.size() == 1 ? List.of() : bands, Money.fen(exact)));
            before = after;
        }
        return pricings;
    }
}
