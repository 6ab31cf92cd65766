package com.baobei.visit.erasure;

import com.baobei.contracts.visit.ErasureRequested.Trigger;
import java.time.Instant;

/**
 * Stored event: the full number of the client of one project was erased; published as
 * {@code visit.ErasureRequested.v1}. The masked number and hash only, as every stored event here: who asked and why
 * stay in {@code erasure_request}.
 */
public record ClientErased(String erasureId, String tenantId, String projectId, String maskedPhone, String phoneHash,
                           Trigger trigger, Instant erasedAt) {
}
