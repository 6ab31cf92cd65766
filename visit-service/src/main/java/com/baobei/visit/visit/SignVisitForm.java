package com.baobei.visit.visit;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Completes the visit form later (signatures not given at the visit) or marks it invalid with a
 * reason (VIS-1). Signatures left null keep what the form has.
 */
public record SignVisitForm(
        @TargetAggregateIdentifier String visitId,
        String agentSignature,
        String consultantSignature,
        String siteManagerSignature,
        boolean invalid,
        String invalidReason,
        Instant signedAt,
        String signedBy) {
}
