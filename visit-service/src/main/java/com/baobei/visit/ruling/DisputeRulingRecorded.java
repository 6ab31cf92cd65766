package com.baobei.visit.ruling;

import com.baobei.contracts.visit.DisputeRuled.Level;
import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import java.util.List;

/** Stored event: one ruling; published as {@code visit.DisputeRuled.v1} with the linked numbers masked. */
public record DisputeRulingRecorded(
        String disputeId,
        String tenantId,
        String projectId,
        String clientSurname,
        String maskedPhone,
        OwnerKind ownerKind,
        String channelId,
        String agentId,
        String rationale,
        List<PhoneRef> linkedPhones,
        Level level,
        String ruledBy,
        Instant ruledAt) {

    public DisputeRulingRecorded {
        linkedPhones = linkedPhones == null ? List.of() : List.copyOf(linkedPhones);
    }
}
