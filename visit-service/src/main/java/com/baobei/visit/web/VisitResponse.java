package com.baobei.visit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A visit as the office sees it. The full number appears only when the office reads the visit (GET). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitResponse(
        String visitId,
        String tenantId,
        String projectId,
        String kind,
        String clientSurname,
        @Schema(description = "Full number: only in GET, for the office; absent once erased") String clientPhone,
        String maskedPhone,
        String consultantId,
        @Schema(description = "The consultant was given by the rotation's turn (ROT-1)") boolean turnTaken,
        String registrationId,
        Form form,
        String accompaniedVisitId,
        @Schema(description = "A referring buyer was named (PUR-6)") boolean referred,
        boolean insider,
        String nonClientReason,
        Instant visitedAt,
        String recordedBy,
        @Schema(description = "ROT-4: the channel that brought the client, as the desk named it") String channelId,
        @Schema(description = "Why this consultant received the visit: rule ids and reason; outsideRouting flags a "
                + "channel's client taken outside the project's routing (ROT-4, COM-4: poaching)") Reception reception,
        @Schema(description = "Only in GET: true when the client's full number was erased (PIPL, ADR 0033); the "
                + "masked number and every decision stay") Boolean phoneErased) {

    /** The same visit, read after its client's full number was erased. */
    VisitResponse withPhoneErased() {
        return new VisitResponse(visitId, tenantId, projectId, kind, clientSurname, null, maskedPhone, consultantId,
                turnTaken, registrationId, form, accompaniedVisitId, referred, insider, nonClientReason, visitedAt,
                recordedBy, channelId, reception, true);
    }

    /** The reception's explanation (ROT-1, ROT-2, ROT-4, VIS-8, VIS-9). */
    public record Reception(java.util.List<String> ruleIds, String reason, boolean outsideRouting) {
    }

    /** VIS-1: PENDING until agent, consultant and site manager signed; INVALID with a reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Form(String status, String agentSignature, String consultantSignature, String siteManagerSignature,
                       boolean invalid, String invalidReason) {
    }
}
