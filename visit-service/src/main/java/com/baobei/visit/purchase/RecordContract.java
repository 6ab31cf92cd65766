package com.baobei.visit.purchase;

import com.baobei.visit.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contract (签约) of a subscribed unit, under the subscription's purchase id. */
public record RecordContract(String purchaseId, PurchaseTerms terms) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return TenantScoped.id(terms.tenantId(), purchaseId);
    }
}
