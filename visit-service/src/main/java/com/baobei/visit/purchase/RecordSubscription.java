package com.baobei.visit.purchase;

import com.baobei.visit.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A subscription (认购, with deposit): opens the purchase. */
public record RecordSubscription(String purchaseId, PurchaseTerms terms) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return TenantScoped.id(terms.tenantId(), purchaseId);
    }
}
