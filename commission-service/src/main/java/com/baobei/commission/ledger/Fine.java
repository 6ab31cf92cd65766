package com.baobei.commission.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recorded fine (COM-4) with its consequences decided when it was recorded. It is deducted in the
 * settlement period containing {@code recordedAt}.
 *
 * @param offenceNumber for FORBIDDEN_ZONE: 1 for the channel's first offence in the project, 2, 3, ...; else 1
 */
public record Fine(String fineId, String projectId, String channelId, String agentId, FineReason reason,
                   int offenceNumber, FineConsequence consequence, List<Charge> charges, Instant recordedAt,
                   String recordedBy, String note) {

    public Fine {
        Objects.requireNonNull(fineId, "fineId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        charges = charges == null ? List.of() : List.copyOf(charges);
        consequence = consequence == null ? FineConsequence.NONE : consequence;
    }
}
