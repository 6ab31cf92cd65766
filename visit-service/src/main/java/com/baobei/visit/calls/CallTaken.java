package com.baobei.visit.calls;

import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Stored event (ROT-3): an inbound call and the agency it belongs to, with the rule ids and the reason. Carries the
 * caller's masked number and keyed hash only (ID-4). Internal, like the rotation's turns: the agencies of a joint
 * office are not channels, so nothing downstream attributes by it yet.
 *
 * @param agencyOnDuty the agency the rota put on the hotline that day
 * @param agencyId     the agency the call belongs to: the one that took it
 */
public record CallTaken(
        String callId,
        String rotaId,
        String tenantId,
        String projectId,
        LocalDate day,
        Instant calledAt,
        String callerSurname,
        PhoneRef caller,
        String agencyOnDuty,
        String agencyId,
        List<String> ruleIds,
        String reason,
        String recordedBy) {
}
