package com.baobei.commission.ledger;

import java.math.BigDecimal;

/** A line that moves money on a statement. Lines are keyed, so a re-sent event can never add a second one. */
public sealed interface MoneyLine permits DealLine, AdjustmentLine, ChargeLine {

    String key();

    /** The signed effect on the net payable, to the fen. */
    BigDecimal amount();

    /** The event (or fine) the amount is based on. */
    String basisEventId();
}
