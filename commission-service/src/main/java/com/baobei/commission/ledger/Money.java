package com.baobei.commission.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * CNY, exact. The one rounding rule: a line's exact amount is rounded to the fen (0.01), half up,
 * once, when the line is made. Totals and adjustments are sums and differences of rounded lines,
 * so they never need rounding again and every format reconciles to the fen.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    public static BigDecimal fen(BigDecimal exact) {
        return exact.setScale(SCALE, ROUNDING);
    }

    /** The exact (unrounded) commission of an amount at a rate in percent. */
    public static BigDecimal atRate(BigDecimal amount, BigDecimal ratePercent) {
        return amount.multiply(ratePercent).movePointLeft(2);
    }

    public static boolean isFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }
}
