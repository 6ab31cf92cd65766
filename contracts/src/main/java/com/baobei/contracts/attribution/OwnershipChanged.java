package com.baobei.contracts.attribution;

import com.baobei.contracts.EventData;
import com.baobei.contracts.Explanation;
import java.time.LocalDate;

/**
 * {@code attribution.OwnershipChanged.v1}: who owns a client now (VIS-*, REG-*, DSP-2).
 *
 * @param protectedUntil last day (project time zone, inclusive) of the protection, when protected
 */
public record OwnershipChanged(
        String clientSurname,
        String maskedPhone,
        OwnerKind ownerKind,
        String channelId,
        String agentId,
        Status status,
        LocalDate protectedFrom,
        LocalDate protectedUntil,
        Explanation explanation) implements EventData {

    public enum OwnerKind { NONE, CHANNEL, OFFICE }

    public enum Status { REGISTERED, PROTECTED, PUBLIC, PURCHASED }
}
