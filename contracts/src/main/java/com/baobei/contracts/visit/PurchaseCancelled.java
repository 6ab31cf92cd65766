package com.baobei.contracts.visit;

import com.baobei.contracts.EventData;

/** {@code visit.PurchaseCancelled.v1}: a purchase undone (退房 / 退订); its commission reverses (PUR-8). */
public record PurchaseCancelled(String purchaseId, String reason) implements EventData {
}
