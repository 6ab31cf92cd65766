package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Trigger;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.PurchaseAttributed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The latest word of the attribution service on one purchase ({@code attribution.PurchaseAttributed.v1}):
 * who earns it ({@code channelId} null = no channel), the amount, the stage dates, a cancellation
 * (PUR-8), and the rule ids behind the attribution.
 *
 * @param eventId    the envelope id of the attribution event this state comes from; cited as a cause
 * @param recordedAt when the attribution service recorded it
 */
public record Deal(String purchaseId, String unitId, UnitType unitType, BigDecimal amount, Instant subscribedAt,
                   Instant contractedAt, Instant cancelledAt, String channelId, String agentId, int revision,
                   String eventId, Instant recordedAt, List<String> ruleIds) {

    /** Later revision wins; ties (should not happen) go to the later recording, then the larger event id. */
    public static final Comparator<Deal> ORDER = Comparator.comparingInt(Deal::revision)
            .thenComparing(Deal::recordedAt)
            .thenComparing(Deal::eventId);

    public Deal {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public static Deal of(EventEnvelope envelope) {
        if (!(envelope.data() instanceof PurchaseAttributed p)) {
            throw new IllegalArgumentException("not a purchase attribution: " + envelope.eventType());
        }
        List<String> rules = p.explanation() == null ? List.of() : p.explanation().ruleIds();
        return new Deal(p.purchaseId(), p.unitId(), p.unitType(), p.amount(), p.subscribedAt(), p.contractedAt(),
                p.cancelledAt(), p.channelId(), p.agentId(), p.revision(), envelope.eventId(), envelope.recordedAt(),
                rules);
    }

    public boolean supersedes(Deal other) {
        return other == null || ORDER.compare(this, other) > 0;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** COM-3: when the deal accrues under a trigger; null while that stage has not happened. */
    public Instant accruedAt(Trigger trigger) {
        return trigger == Trigger.CONTRACT ? contractedAt : subscribedAt;
    }

    public boolean belongsTo(String channel) {
        return channel != null && channel.equals(channelId);
    }
}
