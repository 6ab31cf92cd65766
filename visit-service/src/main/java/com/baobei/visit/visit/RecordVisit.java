package com.baobei.visit.visit;

import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Someone at the office, as the office records it. The client's number arrives here already
 * masked and hashed: the full number never enters a command or the event log.
 *
 * @param turnTaken the consultant was given by the rotation (ROT-1); kept for the office's view
 * @param channelId the channel that brought the client, as the desk says (ROT-4 routes by it)
 * @param reception why this consultant received the visit; null when nothing decided it (named by the desk)
 */
public record RecordVisit(
        @TargetAggregateIdentifier String visitId,
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

    public RecordVisit(String visitId, String tenantId, String projectId, Kind kind, String clientSurname,
                       PhoneRef client, String consultantId, String registrationId, VisitForm form,
                       String accompaniedVisitId, String referrerPhoneHash, boolean insider,
                       NonClientReason nonClientReason, Instant visitedAt, String recordedBy, boolean turnTaken) {
        this(visitId, tenantId, projectId, kind, clientSurname, client, consultantId, registrationId, form,
                accompaniedVisitId, referrerPhoneHash, insider, nonClientReason, visitedAt, recordedBy, turnTaken,
                null, null);
    }
}
