package com.baobei.commission.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement's totals; {@code netPayable = gross + adjustments + fines}, where {@code fines} is
 * the (negative) sum of all deductions. Each is an exact sum of fen amounts.
 */
public record Totals(int dealCount, BigDecimal gross, BigDecimal adjustments, BigDecimal fines, BigDecimal netPayable) {

    public static Totals of(List<DealLine> deals, List<AdjustmentLine> adjustments, List<ChargeLine> charges) {
        int count = (int) deals.stream().filter(d -> d.status() == DealStatus.COMMISSIONABLE).count();
        BigDecimal gross = sum(deals);
        BigDecimal adjusted = sum(adjustments);
        BigDecimal fines = sum(charges);
        return new Totals(count, gross, adjusted, fines, gross.add(adjusted).add(fines));
    }

    private static BigDecimal sum(List<? extends MoneyLine> lines) {
        BigDecimal total = Money.ZERO;
        for (MoneyLine line : lines) {
            total = total.add(line.amount());
        }
        return total;
    }
}
