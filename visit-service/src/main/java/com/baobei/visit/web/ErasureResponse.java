package com.baobei.visit.web;

import com.baobei.visit.erasure.ErasureRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One erasure: who asked, when, why, and what each service erases (ADR 0033). */
public record ErasureResponse(
        String erasureId,
        String tenantId,
        String maskedPhone,
        String phoneHash,
        @Schema(description = "REQUEST (a person asked) or RETENTION (the tenant's period ran out)") String trigger,
        @Schema(description = "The token's subject of whoever asked, or \"retention\"") String requestedBy,
        String reason,
        Instant requestedAt,
        List<Erased> erased) {

    /** What one service erases. */
    public record Erased(String service, String what) {
    }

    static ErasureResponse of(ErasureRecord r) {
        List<Erased> erased = List.of(
                new Erased("visit-service", r.fullNumbersErased() == 0
                        ? "no full number held (none recorded, or erased before); masked number, hash and decisions kept"
                        : "the full number (client_contact) deleted; masked number, hash and decisions kept"),
                new Erased("registration-service", r.projectIds().isEmpty()
                        ? "nothing announced: the client is known at no project"
                        : "evidence files of the client's disputes at " + String.join(", ", r.projectIds())
                        + " deleted, their SHA-256 kept (visit.ErasureRequested.v1 on baobei.visit.events)"),
                new Erased("attribution-service", "holds no full number: decisions kept as they are"),
                new Erased("commission-service", "holds no full number: ledger and statements kept as they are"));
        return new ErasureResponse(r.erasureId(), r.tenantId(), r.maskedPhone(), r.phoneHash(), r.trigger().name(),
                r.requestedBy(), r.reason(), r.requestedAt(), erased);
    }
}
