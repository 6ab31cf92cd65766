package com.baobei.commission.adjustments;

import com.baobei.commission.ledger.ManualAdjustment;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A manual adjustment as recorded: who proposed it and when, and who approved or rejected it and when. Only an
 * approved one reaches a statement.
 *
 * @param amount signed: positive credits the channel, negative debits it
 */
public record Adjustment(String adjustmentId, String projectId, String channelId, Direction direction,
                         BigDecimal amount, String reason, String inquiryId, Status status, String proposedBy,
                         Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote) {

    public enum Direction { CREDIT, DEBIT }

    public enum Status { PROPOSED, APPROVED, REJECTED }

    public ManualAdjustment toLedger() {
        if (status != Status.APPROVED) {
            throw new IllegalStateException("adjustment " + adjustmentId + " is " + status + ", not approved");
        }
        return new ManualAdjustment(adjustmentId, channelId, amount, reason, proposedBy, decidedAt, decidedBy,
                inquiryId);
    }
}
