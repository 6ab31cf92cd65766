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
        String cancelReason) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelatedParty(String surname, String phone, String maskedPhone, String relation,
                               List<String> evidenceRefs) {
    }
}
