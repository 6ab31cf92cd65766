package com.baobei.contracts.attribution;

import com.baobei.contracts.EventData;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code attribution.PurchaseAttributed.v1}: which channel, if any, earns one purchase (PUR-*),
 * as it stands now. Published again whenever the answer changes (a contract signed, a late
 * event, a ruling, a cancellation); the latest one per purchase is the truth.
 *
 * @param channelId     null when no channel earns it; the explanation says why
 * @param subscribedAt  business time of the subscription
 * @param contractedAt  business time of the contract, once signed
 * @param cancelledAt   business time of the cancellation, once cancelled (PUR-8)
 * @param revision      how many times this purchase's attribution has been published before
 */
public record PurchaseAttributed(
        String purchaseId,
        String unitId,
        UnitType unitType,
        BigDecimal amount,
        Instant subscribedAt,
        Instant contractedAt,
        Instant cancelledAt,
        String channelId,
        String agentId,
        int revision,
        Explanation explanation) implements EventData {
}
