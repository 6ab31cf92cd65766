package com.baobei.visit.erasure;

import com.baobei.contracts.visit.ErasureRequested.Trigger;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the other services, one event per project where the client is known (the topics are keyed by project). */
public record AnnounceErasure(@TargetAggregateIdentifier String erasureId, String tenantId, String maskedPhone,
                              String phoneHash, Trigger trigger, List<String> projectIds, Instant erasedAt) {

    public AnnounceErasure {
        projectIds = List.copyOf(projectIds);
    }
}
