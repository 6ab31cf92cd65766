package com.baobei.visit.visit;

import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;

/**
 * Stored event of the {@link Visit} aggregate; published as {@code visit.Visited.v1}. Carries
 * the client's masked number and keyed hash only (ID-4), so the immutable log holds nothing that
 * erasing a person would have to reach. {@code channelId} and {@code reception} (ROT-4, VIS-9: who received the
 * visit and why, poaching flagged) stay internal for now: {@code visit.Visited.v1} does not carry them.
 */
public record VisitRecorded(
        String visitId,
        String tenantId,
        String projectId,
        Kind kind,
        String clientSurname,
        PhoneRef client,
        String consultantId,
        String registrationId,
        VisitForm form,
        String accompaniedVisitId,
        String referrerPhoneHash,
        boolean insider,
        NonClientReason nonClientReason,
        Instant visitedAt,
        String recordedBy,
        boolean turnTaken,
        String channelId,
        ReceptionNote reception) {

    public VisitRecorded(String visitId, String tenantId, String projectId, Kind kind, String clientSurname,
                         PhoneRef client, String consultantId, String registrationId, VisitForm form,
                         String accompaniedVisitId, String referrerPhoneHash, boolean insider,
                         NonClientReason nonClientReason, Instant visitedAt, String recordedBy, boolean turnTaken) {
        this(visitId, tenantId, projectId, kind, clientSurname, client, consultantId, registrationId, form,
                accompaniedVisitId, referrerPhoneHash, insider, nonClientReason, visitedAt, recordedBy, turnTaken,
                null, null);
    }
}
