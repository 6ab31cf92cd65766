package com.baobei.visit.reception;

import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import java.time.Instant;

/**
 * Someone at the office as the office tells it, full numbers included; the front desk turns the
 * numbers into masked form and hash before anything is stored as an event.
 */
public record Arrival(
        String visitId,
        String tenantId,
        String projectId,
        Kind kind,
        String clientSurname,
        String clientPhone,
        Instant visitedAt,
        String consultantId,
        String registrationId,
        VisitForm form,
        String accompaniedVisitId,
        String referrerPhone,
        boolean insider,
        NonClientReason nonClientReason,
        String recordedBy,
        String channelId) {

    @Override
    public String toString() {
        return "Arrival[" + visitId + ", " + kind + "]"; // never print the numbers
    }
}
