package com.baobei.visit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A purchase at its latest stage. Full numbers appear only when the office reads it (GET). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseResponse(
        String purchaseId,
        String tenantId,
        String projectId,
        String stage,
        String unitId,
        String unitType,
        @Schema(description = "CNY, exact, as a decimal string", example = "3280000.00") String amount,
        String buyerSurname,
        @Schema(description = "Full number: only in GET, for the office") String buyerPhone,
        String maskedPhone,
        String consultantId,
        RelatedParty relatedParty,
        boolean insider,
        Instant subscribedAt,
        Instant contractedAt,
        boolean cancelled,
        Instant cancelledAt,
        String cancelReason,
        @Schema(description = "Only in GET: true when the buyer's full number was erased (PIPL, ADR 0033); the masked "
                + "number, the attribution and the commission stay") Boolean buyerPhoneErased) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelatedParty(String surname, String phone, String maskedPhone, String relation,
                               List<String> evidenceRefs,
                               @Schema(description = "Only in GET: true once the related party's full number was "
                                       + "erased") Boolean phoneErased) {
    }
}
