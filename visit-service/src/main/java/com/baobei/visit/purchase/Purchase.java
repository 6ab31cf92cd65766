package com.baobei.visit.purchase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.contracts.visit.Purchased.Stage;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.TenantScoped;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One purchase of one unit: subscribed (认购), maybe contracted (签约), maybe cancelled. Who earns
 * from it is the attribution service's decision.
 */
@Aggregate
public class Purchase {

    /** The contract's bound: below ten billion CNY (a larger amount is a typing mistake, not a flat). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** Tenant and purchase id ({@link TenantScoped}): the office chooses purchase ids, unique per tenant only. */
    @AggregateIdentifier
    private String aggregateId;
    private String purchaseId;
    private String tenantId;
    private String projectId;
    private String unitId;
    private String maskedPhone;
    private Instant subscribedAt;
    private boolean contracted;
    private boolean cancelled;

    protected Purchase() {
    }

    @CommandHandler
    public Purchase(RecordSubscription command) {
        requireTerms(command.terms());
        apply(new PurchaseRecorded(command.purchaseId(), Stage.SUBSCRIPTION, command.terms()));
    }

    @CommandHandler
    public void handle(RecordContract command) {
        PurchaseTerms terms = command.terms();
        requireTerms(terms);
        if (cancelled) {
            throw new ConflictingStateException("purchaseId", "PUR-8: the purchase was cancelled; subscribe anew");
        }
        if (contracted) {
            throw new ConflictingStateException("purchaseId", "the contract (签约) is already recorded");
        }
        if (!tenantId.equals(terms.tenantId()) || !projectId.equals(terms.projectId())) {
            throw new ConflictingStateException("projectId", "the subscription is of another tenant or project");
        }
        if (!unitId.equals(terms.unitId())) {
            throw new ConflictingStateException("unitId",
                    "the contract is of the subscribed unit " + unitId + "; another unit is a cancellation and a new subscription");
        }
        if (terms.occurredAt().isBefore(subscribedAt)) {
            throw new InvalidCommandException("purchasedAt", "the contract cannot precede its subscription");
        }
        apply(new PurchaseRecorded(purchaseId, Stage.CONTRACT, terms));
    }

    @CommandHandler
    public void handle(CancelPurchase command) {
        if (cancelled) {
            throw new ConflictingStateException("purchaseId", "PUR-8: the purchase is already cancelled");
        }
        if (command.cancelledAt().isBefore(subscribedAt)) {
            throw new InvalidCommandException("cancelledAt", "a cancellation cannot precede the subscription");
        }
        apply(new PurchaseCancellationRecorded(purchaseId, tenantId, projectId, maskedPhone, command.reason(),
                command.cancelledAt(), command.cancelledBy()));
    }

    /** Exact CNY: never negative, at most two decimals (fen). */
    static void requireTerms(PurchaseTerms terms) {
        BigDecimal amount = terms.amount();
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.scale() < 0
                || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidCommandException("amount", "CNY, 0 or more and below ten billion, at most two decimals, written out (not 1e3)");
        }
        if (terms.buyer() == null) {
            throw new InvalidCommandException("buyerPhone", "the buyer's number");
        }
        if (terms.relatedParty() != null && terms.buyer().phoneHash().equals(terms.relatedParty().phoneHash())) {
            throw new InvalidCommandException("relatedParty.phone", "PUR-4: the related party is another person");
        }
    }

    @EventSourcingHandler
    void on(PurchaseRecorded event) {
        PurchaseTerms terms = event.terms();
        if (event.stage() == Stage.SUBSCRIPTION) {
            this.aggregateId = TenantScoped.id(terms.tenantId(), event.purchaseId());
            this.purchaseId = event.purchaseId();
            this.tenantId = terms.tenantId();
            this.projectId = terms.projectId();
            this.unitId = terms.unitId();
            this.subscribedAt = terms.occurredAt();
        } else {
            this.contracted = true;
        }
        this.maskedPhone = terms.buyer().maskedPhone();
    }

    @EventSourcingHandler
    void on(PurchaseCancellationRecorded event) {
        this.cancelled = true;
    }
}
