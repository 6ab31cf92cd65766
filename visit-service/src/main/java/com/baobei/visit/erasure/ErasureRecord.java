package com.baobei.visit.erasure;

import com.baobei.contracts.visit.ErasureRequested.Trigger;
import java.time.Instant;
import java.util.List;

/**
 * One erasure as {@code erasure_request} records it: who asked (a token's subject, or "retention"), when, why, and
 * how many full numbers this service deleted; the projects are those the other services were told about.
 */
public record ErasureRecord(String erasureId, String tenantId, String phoneHash, String maskedPhone, Trigger trigger,
                            String requestedBy, String reason, Instant requestedAt, int fullNumbersErased,
                            List<String> projectIds) {

    public ErasureRecord {
        projectIds = List.copyOf(projectIds);
    }
}
