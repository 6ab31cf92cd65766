package com.baobei.commission.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement's totals. {@code fines} is the (negative) sum of all deductions; {@code carriedIn} the (negative, or
 * after a correction positive) balance carried over from earlier statements (上期结转, ADR 0032). The balance
 * {@code gross + adjustments + fines + carriedIn} is paid when it is positive; when it is negative nothing is paid
 * ({@code netPayable} 0) and it is {@code carriedForward} to the channel's next statement: a statement never asks a
 * channel to pay back. Each figure is an exact sum of fen amounts, so
 * {@code netPayable + carriedForward = gross + adjustments + fines + carriedIn}.
 */
public record Totals(int dealCount, BigDecimal gross, BigDecimal adjustments, BigDecimal fines, BigDecimal netPayable,
                     BigDecimal carriedIn, BigDecimal carriedForward) {

    public Totals {
        // statements stored before the carry-forward rule have neither: nothing was carried
        carriedIn = carriedIn == null ? Money.ZERO : carriedIn;
        carriedForward = carriedForward == null ? Money.ZERO : carriedForward;
    }

    public static Totals of(List<DealLine> deals, List<AdjustmentLine> adjustments, List<ChargeLine> charges) {
        int count = (int) deals.stream().filter(d -> d.status() == DealStatus.COMMISSIONABLE).count();
        BigDecimal gross = sum(deals);
        BigDecimal adjusted = sum(adjustments);
        BigDecimal fines = sum(charges.stream().filter(c -> c.kind() != ChargeKind.CARRIED_FORWARD).toList());
        BigDecimal carriedIn = sum(charges.stream().filter(c -> c.kind() == ChargeKind.CARRIED_FORWARD).toList());
        BigDecimal balance = gross.add(adjusted).add(fines).add(carriedIn);
        return new Totals(count, gross, adjusted, fines, balance.max(Money.ZERO), carriedIn, balance.min(Money.ZERO));
    }

    /** What the statement's lines add up to: the net payable, or the (negative) amount carried forward. */
    public BigDecimal balance() {
        return netPayable.add(carriedForward);
    }

    private static BigDecimal sum(List<? extends MoneyLine> lines) {
        BigDecimal total = Money.ZERO;
        for (MoneyLine line : lines) {
            total = total.add(line.amount());
        }
        return total;
    }
}
