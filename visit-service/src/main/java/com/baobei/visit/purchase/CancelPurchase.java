package com.baobei.visit.purchase;

import com.baobei.visit.shared.TenantScoped;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PUR-8: the purchase is undone (退房 / 退订); its commission reverses. */
public record CancelPurchase(String tenantId, String purchaseId, String reason, Instant cancelledAt,
                             String cancelledBy) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return TenantScoped.id(tenantId, purchaseId);
    }
}
