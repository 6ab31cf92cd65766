package com.baobei.visit.purchase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contract (签约) of a subscribed unit, under the subscription's purchase id. */
public record RecordContract(@TargetAggregateIdentifier String purchaseId, PurchaseTerms terms) {
}
