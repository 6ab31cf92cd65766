package com.baobei.registration.dispute;

import com.baobei.contracts.registration.Disputed.Kind;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A channel contests an attribution (DSP-1) or claims a buyer it had not registered (PUR-7). */
public record RaiseDispute(
        @TargetAggregateIdentifier String disputeId,
        String tenantId,
        String projectId,
        String channelId,
        String agentId,
        Kind kind,
        String clientSurname,
        String maskedPhone,
        String registrationId,
        String purchaseId,
        List<String> evidenceRefs,
        String statement,
        Instant raisedAt) {
}
