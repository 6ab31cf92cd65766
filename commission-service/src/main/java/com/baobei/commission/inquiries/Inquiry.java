package com.baobei.commission.inquiries;

import java.time.Instant;

/**
 * A channel's question about one line of one of its statements, and finance's answer: an adjustment (linked, still
 * approved by a second finance person) or a refusal with its reason. Who asked, who answered and when stay on record.
 */
public record Inquiry(String inquiryId, String projectId, String channelId, String statementId, String lineKey,
                      String question, String raisedBy, Instant raisedAt, Status status, String answer,
                      String adjustmentId, String answeredBy, Instant answeredAt) {

    public enum Status {
        /** waiting for finance */
        OPEN,
        /** answered with an adjustment */
        ADJUSTED,
        /** answered with a reasoned refusal */
        REFUSED
    }

    public enum Outcome { ADJUSTMENT, REFUSAL }

    public Inquiry answered(Status outcome, String text, String adjustment, String by, Instant at) {
        return new Inquiry(inquiryId, projectId, channelId, statementId, lineKey, question, raisedBy, raisedAt, outcome,
                text, adjustment, by, at);
    }
}
