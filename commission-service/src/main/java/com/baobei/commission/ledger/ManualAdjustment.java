package com.baobei.commission.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An approved manual adjustment (ADR 0032): a credit (positive) or debit (negative) to a channel, with its reason,
 * proposed by one finance person and approved by another. Like a fine it belongs to the settlement period containing
 * the moment it was approved; if that period is issued already it reaches the next open statement as an adjustment.
 * Only approved adjustments are facts of the ledger.
 *
 * @param inquiryId the commission inquiry it answers, or null
 */
public record ManualAdjustment(String adjustmentId, String channelId, BigDecimal amount, String reason,
                               String proposedBy, Instant approvedAt, String approvedBy, String inquiryId) {

    public ManualAdjustment {
        Objects.requireNonNull(adjustmentId, "adjustmentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }

    public static String keyOf(String adjustmentId) {
        return "manual:" + adjustmentId;
    }
}
