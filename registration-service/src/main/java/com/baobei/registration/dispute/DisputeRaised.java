package com.baobei.registration.dispute;

import com.baobei.contracts.registration.Disputed.Kind;
import java.time.Instant;
import java.util.List;

/** Stored event of the {@link Dispute} aggregate; published as {@code registration.Disputed.v1}. */
public record DisputeRaised(
        String disputeId,
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
