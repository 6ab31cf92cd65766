package com.baobei.attribution.fold;

import com.baobei.contracts.attribution.PurchaseAttributed;

/** Which channel, if any, earns one purchase (PUR-*); revision is always 0 in the fold. */
public record PurchaseDecision(String clientKey, PurchaseAttributed attribution) {
}
