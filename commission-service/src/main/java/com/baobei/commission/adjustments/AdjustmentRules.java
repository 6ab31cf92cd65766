package com.baobei.commission.adjustments;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.ledger.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a manual adjustment must say (ADR 0032): a channel, credit or debit, a positive amount in fen, a reason; and
 * the four-eyes rule: the person who proposed it is not the one who approves it.
 */
public final class AdjustmentRules {

    private AdjustmentRules() {
    }

    /** Malformed or missing fields (400), each named. */
    public static List<Problem> problems(String adjustmentId, String channelId, Adjustment.Direction direction,
                                         BigDecimal amount, String reason) {
        List<Problem> problems = new ArrayList<>();
        Limits.id("adjustmentId", adjustmentId, Limits.ID_LENGTH, problems);
        required("channelId", channelId, problems);
        Limits.id("channelId", channelId, Limits.ID_LENGTH, problems);
        if (direction == null) {
            problems.add(new Problem("direction", "required: CREDIT or DEBIT"));
        }
        if (amount == null) {
            problems.add(new Problem("amount", "required"));
        } else if (amount.signum() == 0) {
            problems.add(new Problem("amount", "must be more than 0.00; say CREDIT or DEBIT in direction"));
        } else {
            Limits.money("amount", amount, problems);
        }
        required("reason", reason, problems);
        Limits.text("reason", reason, Limits.NOTE_LENGTH, problems);
        return problems;
    }

    static void required(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "required"));
        }
    }

    /** The signed amount: a debit takes money from the channel. */
    public static BigDecimal signed(Adjustment.Direction direction, BigDecimal amount) {
        return direction == Adjustment.Direction.DEBIT ? amount.negate() : amount;
    }

    /** Four eyes: whoever proposed an adjustment may not decide it. */
    public static boolean mayDecide(Adjustment adjustment, String decider) {
        return !adjustment.proposedBy().equals(decider);
    }
}
