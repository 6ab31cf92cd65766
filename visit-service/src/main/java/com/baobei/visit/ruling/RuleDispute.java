package com.baobei.visit.ruling;

import com.baobei.contracts.visit.DisputeRuled.Level;
import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.shared.TenantScoped;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The developer's ruling on a dispute a channel raised (DSP-1): who owns the client, why, and at
 * which level. {@code linkedPhones} are other numbers of the same person (ID-3), already masked
 * and hashed.
 */
public record RuleDispute(
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

    public RuleDispute {
        linkedPhones = linkedPhones == null ? List.of() : List.copyOf(linkedPhones);
    }

    /** Dispute ids are the registration service's; the rulings of one tenant's dispute are that tenant's alone. */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return TenantScoped.id(tenantId, disputeId);
    }
}
