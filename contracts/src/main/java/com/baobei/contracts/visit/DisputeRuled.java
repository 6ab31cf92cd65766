package com.baobei.contracts.visit;

import com.baobei.contracts.EventData;
import java.util.List;

/**
 * {@code visit.DisputeRuled.v1}: the developer's ruling on a dispute (DSP-1). It overrides the
 * automatic attribution for the client until re-ruled (DSP-2). A ruling may also link numbers
 * the office knows to be one person (ID-3).
 *
 * @param ownerKind         who the client belongs to after the ruling
 * @param channelId         the owning channel when ownerKind is CHANNEL
 * @param linkedMaskedPhones other numbers of the same person (ID-3), in this project
 */
public record DisputeRuled(
        String disputeId,
        OwnerKind ownerKind,
        String channelId,
        String agentId,
        String rationale,
        String ruledBy,
        Level level,
        List<String> linkedMaskedPhones) implements EventData {

    public DisputeRuled {
        linkedMaskedPhones = linkedMaskedPhones == null ? List.of() : List.copyOf(linkedMaskedPhones);
    }

    public enum OwnerKind { CHANNEL, OFFICE }

    /** First instance the site manager; on escalation the marketing manager. */
    public enum Level { SITE_MANAGER, MARKETING_MANAGER }
}
