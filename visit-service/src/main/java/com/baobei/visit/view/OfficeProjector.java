package com.baobei.visit.view;

import com.baobei.contracts.visit.Purchased.RelatedParty;
import com.baobei.contracts.visit.Purchased.Stage;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.visit.purchase.PurchaseCancellationRecorded;
import com.baobei.visit.purchase.PurchaseRecorded;
import com.baobei.visit.purchase.PurchaseTerms;
import com.baobei.visit.rotation.RotationSet;
import com.baobei.visit.rotation.ServiceDeclined;
import com.baobei.visit.rotation.TurnTaken;
import com.baobei.visit.ruling.DisputeRulingRecorded;
import com.baobei.visit.visit.VisitFormChanged;
import com.baobei.visit.visit.VisitRecorded;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Subscribing, so every view is written in the command's own transaction: the office reads its
 * visit, purchase or queue back the moment the request answers, and a failed request leaves none.
 */
@Component
@ProcessingGroup(OfficeProjector.GROUP)
class OfficeProjector {

    static final String GROUP = "visit-view";

    private final EntityManager entityManager;

    OfficeProjector(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(VisitRecorded e) {
        VisitView view = new VisitView(e.visitId(), e.tenantId(), e.projectId(), e.kind().name(), e.clientSurname(),
                e.client() == null ? null : e.client().maskedPhone(), e.client() == null ? null : e.client().phoneHash(),
                e.consultantId(), e.registrationId(), e.accompaniedVisitId(), e.referrerPhoneHash(), e.insider(),
                e.nonClientReason() == null ? null : e.nonClientReason().name(), e.visitedAt(), e.recordedBy(),
                e.turnTaken());
        form(view, e.form(), e.registrationId() != null);
        if (e.reception() != null) {
            view.reception(e.channelId(), e.reception().ruleIds(), e.reception().reason(),
                    e.reception().outsideRouting());
        } else {
            view.reception(e.channelId(), java.util.List.of(), null, false);
        }
        entityManager.persist(view);
    }

    @EventHandler
    void on(VisitFormChanged e) {
        form(entityManager.find(VisitView.class, e.visitId()), e.form(), true);
    }

    /** A visit that names no registration has no form to be pending (VIS-1 concerns channel-brought visits). */
    private static void form(VisitView view, VisitForm form, boolean hasForm) {
        view.form(form.agentSignature(), form.consultantSignature(), form.siteManagerSignature(), form.invalid(),
                form.invalidReason(), hasForm ? form.status().name() : null);
    }

    @EventHandler
    void on(PurchaseRecorded e) {
        PurchaseTerms t = e.terms();
        PurchaseView view = e.stage() == Stage.SUBSCRIPTION
                ? new PurchaseView(e.purchaseId(), t.tenantId(), t.projectId(), t.occurredAt())
                : entityManager.find(PurchaseView.class, new PurchaseView.Key(t.tenantId(), e.purchaseId()));
        view.stage(e.stage().name(), t.unitId(), t.unitType().name(), t.amount(), t.buyerSurname(),
                t.buyer().maskedPhone(), t.buyer().phoneHash(), t.consultantId(), t.insider());
        RelatedParty r = t.relatedParty();
        if (r == null) {
            view.relatedParty(null, null, null, null, null);
        } else {
            view.relatedParty(r.surname(), r.maskedPhone(), r.phoneHash(), r.relation().name(),
                    String.join("\n", r.evidenceRefs()));
        }
        if (e.stage() == Stage.SUBSCRIPTION) {
            entityManager.persist(view);
        } else {
            view.contracted(t.occurredAt());
        }
    }

    @EventHandler
    void on(PurchaseCancellationRecorded e) {
        entityManager.find(PurchaseView.class, new PurchaseView.Key(e.tenantId(), e.purchaseId()))
                .cancelled(e.cancelledAt(), e.reason());
    }

    @EventHandler
    void on(RotationSet e, @Timestamp Instant recordedAt) {
        RotationView view = entityManager.find(RotationView.class, e.rotationId());
        if (view == null) {
            view = new RotationView(e.rotationId(), e.tenantId(), e.projectId(), e.day());
            view.queue(e.queue(), null, recordedAt);
            entityManager.persist(view);
        } else {
            view.queue(e.queue(), null, recordedAt);
        }
    }

    @EventHandler
    void on(TurnTaken e, @Timestamp Instant recordedAt) {
        entityManager.find(RotationView.class, e.rotationId()).queue(e.queueAfter(), e.consultantId(), recordedAt);
    }

    @EventHandler
    void on(ServiceDeclined e, @Timestamp Instant recordedAt) {
        entityManager.find(RotationView.class, e.rotationId()).queue(e.queueAfter(), null, recordedAt);
    }

    @EventHandler
    void on(DisputeRulingRecorded e, @MessageIdentifier String eventId) {
        entityManager.persist(new RulingView(eventId, e.disputeId(), e.tenantId(), e.projectId(), e.level().name(),
                e.ownerKind().name(), e.channelId(), e.agentId(), e.rationale(), e.ruledBy(), e.ruledAt()));
    }
}
