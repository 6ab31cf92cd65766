package com.baobei.visit.purchase;

import com.baobei.contracts.visit.Purchased.Stage;

/** Stored event: one stage of a purchase; published as {@code visit.Purchased.v1}. */
public record PurchaseRecorded(String purchaseId, Stage stage, PurchaseTerms terms) {
}
