package com.baobei.visit.purchase;

import java.time.Instant;

/** Stored event: the purchase was cancelled (PUR-8); published as {@code visit.PurchaseCancelled.v1}. */
public record PurchaseCancellationRecorded(
        String purchaseId,
        String tenantId,
        String projectId,
        String maskedPhone,
        String reason,
        Instant cancelledAt,
        String cancelledBy) {
}
