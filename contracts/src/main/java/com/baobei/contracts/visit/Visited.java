package com.baobei.contracts.visit;

import com.baobei.contracts.EventData;

/**
 * {@code visit.Visited.v1}: someone at the sales office. The full phone number never travels:
 * the office's service sends the masked form and the tenant-keyed hash (ID-4).
 *
 * @param registrationId     the registration the visit form names (channel-brought visits, ID-2)
 * @param form               the visit confirmation form as it stood when recorded (VIS-1)
 * @param accompaniedVisitId for a companion (VIS-3): the visit of the client they came with
 * @param referrerPhoneHash  for a referred client (PUR-6): the referring buyer's phone hash
 * @param insider            the developer's employee or a direct relative (REG-7)
 * @param nonClientReason    set when kind is NON_CLIENT (VIS-8)
 */
public record Visited(
        String visitId,
        Kind kind,
        String clientSurname,
        String maskedPhone,
        String phoneHash,
        String consultantId,
        String registrationId,
        VisitForm form,
        String accompaniedVisitId,
        String referrerPhoneHash,
        boolean insider,
        NonClientReason nonClientReason) implements EventData {

    /** CLIENT: judged by the rules as first or repeat; COMPANION of a client; RETURN to the original consultant (VIS-9). */
    public enum Kind { CLIENT, COMPANION, RETURN, NON_CLIENT }

    public enum NonClientReason { ASKING_THE_WAY, VENDOR, JOB_SEEKER, MEETING_SOMEONE, MARKET_RESEARCHER }
}
