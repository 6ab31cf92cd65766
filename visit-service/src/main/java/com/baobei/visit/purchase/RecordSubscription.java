package com.baobei.visit.purchase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A subscription (认购, with deposit): opens the purchase. */
public record RecordSubscription(@TargetAggregateIdentifier String purchaseId, PurchaseTerms terms) {
}
