package com.baobei.registration.publishing;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered.Intake;
import com.baobei.contracts.registration.Registered;
import com.baobei.registration.dispute.DisputeRaised;
import com.baobei.registration.intake.ClientRegistered;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The event store is the outbox: this tracking processor reads stored events and publishes them
 * in the public language. The stored event's id becomes the published event id, so a re-send
 * after a crash carries the same id and consumers drop it.
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
    void on(ClientRegistered e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        Registered data = new Registered(e.registrationId(), e.channelId(), e.channelKind(), e.agentId(),
                e.clientSurname(), e.maskedPhone(), e.expectedVisitAt(), e.companions(), e.intake(), e.importedBy(),
                e.intake() == Intake.IMPORT);
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                ClientKeys.clientKey(e.tenantId(), e.projectId(), e.maskedPhone()), e.registeredAt(), recordedAt, data));
    }

    @EventHandler
    void on(DisputeRaised e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        Disputed data = new Disputed(e.disputeId(), e.channelId(), e.agentId(), e.kind(), e.clientSurname(),
                e.maskedPhone(), e.registrationId(), e.purchaseId(), e.evidenceRefs(), e.statement());
        publish(EventEnvelope.of(eventId, e.tenantId(), e.projectId(),
                ClientKeys.clientKey(e.tenantId(), e.projectId(), e.maskedPhone()), e.raisedAt(), recordedAt, data));
    }

    private void publish(EventEnvelope envelope) {
        sender.send(Topics.REGISTRATION_EVENTS.name(), envelope);
    }
}
