package com.baobei.visit.publishing;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Topics;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import com.baobei.visit.erasure.ClientErased;
import com.baobei.visit.purchase.PurchaseCancellationRecorded;
import com.baobei.visit.purchase.PurchaseRecorded;
import com.baobei.visit.purchase.PurchaseTerms;
import com.baobei.visit.ruling.DisputeRulingRecorded;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.visit.VisitFormChanged;
import com.baobei.visit.visit.VisitRecorded;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The event store is the outbox: this tracking processor reads stored events and publishes them
 * in the public language. The stored event's id becomes the published event id, so a re-send
 * after a crash carries the same id and consumers drop it. Stored events hold no full number, so
 * nothing here can leak one. The rotation's events are internal and have no handler here.
 */
@Component
@ProcessingGroup(KafkaPublisher.GROUP)
class KafkaPublisher {

    static final String GROUP = "kafka-publisher";

    private final AcknowledgedSender sender;

    KafkaPublisher(AcknowledgedSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(VisitRecorded e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        PhoneRef client = e.client();
        Visited data = new Visited(e.visitId(), e.kind(), e.clientSurname(),
                client == null ? null : client.maskedPhone(), client == null ? null : client.phoneHash(),
                e.consultantId(), e.registrationId(), e.registrationId() == null ? null : e.form(),
                e.accompaniedVisitId(), e.referrerPhoneHash(), e.insider(), e.nonClientReason());
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                client == null ? null : clientKey(e.tenantId(), e.projectId(), client.maskedPhone()),
                e.visitedAt(), recordedAt, data));
    }

    @EventHandler
    void on(VisitFormChanged e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                clientKey(e.tenantId(), e.projectId(), e.maskedPhone()), e.signedAt(), recordedAt,
                new VisitFormSigned(e.visitId(), e.form())));
    }

    @EventHandler
    void on(PurchaseRecorded e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        PurchaseTerms t = e.terms();
        Purchased data = new Purchased(e.purchaseId(), e.stage(), t.unitId(), t.unitType(), t.amount(),
                t.buyerSurname(), t.buyer().maskedPhone(), t.buyer().phoneHash(), t.consultantId(), t.relatedParty(),
                t.insider());
        publish(EventEnvelope.of(eventId, t.tenantId(), t.projectId(),
                clientKey(t.tenantId(), t.projectId(), t.buyer().maskedPhone()), t.occurredAt(), recordedAt, data));
    }

    @EventHandler
    void on(PurchaseCancellationRecorded e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                clientKey(e.tenantId(), e.projectId(), e.maskedPhone()), e.cancelledAt(), recordedAt,
                new PurchaseCancelled(e.purchaseId(), e.reason())));
    }

    @EventHandler
    void on(DisputeRulingRecorded e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        DisputeRuled data = new DisputeRuled(e.disputeId(), e.ownerKind(), e.channelId(), e.agentId(), e.rationale(),
                e.ruledBy(), e.level(), e.linkedPhones().stream().map(PhoneRef::maskedPhone).toList());
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                clientKey(e.tenantId(), e.projectId(), e.maskedPhone()), e.ruledAt(), recordedAt, data));
    }

    @EventHandler
    void on(ClientErased e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                clientKey(e.tenantId(), e.projectId(), e.maskedPhone()), e.erasedAt(), recordedAt,
                new ErasureRequested(e.erasureId(), e.phoneHash(), e.trigger())));
    }

    private static String clientKey(String tenantId, String projectId, String maskedPhone) {
        return ClientKeys.clientKey(tenantId, projectId, maskedPhone);
    }

    private void publish(EventEnvelope envelope) {
        sender.send(Topics.VISIT_EVENTS.name(), envelope);
    }
}
