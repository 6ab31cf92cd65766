package com.baobei.visit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** One ruling as recorded; linked numbers only masked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RulingResponse(
        String disputeId,
        String tenantId,
        String projectId,
        String level,
        String ownerKind,
        String channelId,
        String agentId,
        String rationale,
        String ruledBy,
        Instant ruledAt,
        List<String> linkedMaskedPhones) {
}
