package com.baobei.commission.intake;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.ledger.Limits;
import java.util.ArrayList;
import java.util.List;
import com.baobei.commission.ledger.Deal;
import com.baobei.commission.persistence.DealRepository;
import com.baobei.commission.persistence.InboxRepository;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.attribution.PurchaseAttributed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one {@code attribution.PurchaseAttributed.v1}: the event id in the inbox and the deal's
 * latest state, in one transaction. A re-sent event finds its id in the inbox and changes nothing;
 * a stale revision is kept in the inbox but does not overwrite the newer deal. Statements are not
 * touched: open ones are recomputed from the deals when read. Everything is kept under the event's tenant: two
 * developers' project {@code p1} are two projects.
 */
@Service
public class AttributionIntake {

    private static final Logger log = LoggerFactory.getLogger(AttributionIntake.class);

    private final InboxRepository inbox;
    private final DealRepository deals;

    public AttributionIntake(InboxRepository inbox, DealRepository deals) {
        this.inbox = inbox;
        this.deals = deals;
    }

    public enum Outcome { APPLIED, STALE, DUPLICATE }

    /** Checks an event before anything is written; throws {@link InvalidAttributionException} for the dead-letter topic. */
    public static Deal validate(EventEnvelope event) {
        if (!(event.data() instanceof PurchaseAttributed p)) {
            throw new InvalidAttributionException("unexpected event type " + event.eventType()
                    + " on the purchase attributions topic");
        }
        if (p.purchaseId() == null || p.purchaseId().isBlank()) {
            throw new InvalidAttributionException("purchaseId missing in " + event.eventId());
        }
        if (p.subscribedAt() == null) {
            throw new InvalidAttributionException("subscribedAt missing in " + event.eventId());
        }
        if (p.amount() != null && p.amount().signum() < 0) {
            throw new InvalidAttributionException("negative amount in " + event.eventId());
        }
        // what the contracts' schema allows and no more: one deal out of range would block its channel's statements
        List<Problem> problems = new ArrayList<>();
        Limits.money("amount", p.amount(), problems);
        Limits.instant("subscribedAt", p.subscribedAt(), problems);
        Limits.instant("contractedAt", p.contractedAt(), problems);
        Limits.instant("cancelledAt", p.cancelledAt(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidAttributionException("out of range in " + event.eventId() + ": " + problems);
        }
        return Deal.of(event);
    }

    /** An attribution is only taken from its own tenant's topic: a misrouted one must not pay another tenant. */
    public static void requireTopicOfItsTenant(EventEnvelope event, String topic) {
        String topicTenant = Topics.PURCHASE_ATTRIBUTIONS.tenantOf(topic).orElse(null);
        if (!event.tenantId().equals(topicTenant)) {
            throw new InvalidAttributionException("event " + event.eventId() + " of tenant " + event.tenantId()
                    + " on topic " + topic + " (ADR 0013: a tenant's attributions are on its own topic)");
        }
    }

    @Transactional
    public Outcome accept(EventEnvelope event, String topic, int partition, long offset) {
        Deal deal = validate(event);
        requireTopicOfItsTenant(event, topic);
        if (!inbox.record(event.tenantId(), event.eventId(), event.eventType(), event.projectId(), topic, partition, offset,
                EventJson.writeString(event))) {
            return Outcome.DUPLICATE;
        }
        boolean applied = deals.upsert(event.tenantId(), event.projectId(), deal);
        if (applied) {
            // in the span of the purchase's trace (the listener's observation, ADR 0026): a deal is found by its trace id
            log.info("deal of purchase {} (revision {}) recorded from attribution {}: tenant {} project {}",
                    deal.purchaseId(), deal.revision(), event.eventId(), event.tenantId(), event.projectId());
        } else {
            log.info("stale attribution {} (revision {}) of purchase {} ignored", event.eventId(), deal.revision(),
                    deal.purchaseId());
        }
        return applied ? Outcome.APPLIED : Outcome.STALE;
    }
}
