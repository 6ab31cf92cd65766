package com.baobei.visit.rotation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ROT-2: the client declined service. The consultant (the head when not named) keeps the head of
 * the queue; one who has just taken the turn for that client gets the head back.
 */
public record ReportDeclined(
        @TargetAggregateIdentifier String rotationId,
        String consultantId,
        String reportedBy,
        Instant reportedAt) {
}
