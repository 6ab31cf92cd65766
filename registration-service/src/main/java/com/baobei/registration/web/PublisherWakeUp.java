package com.baobei.registration.web;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon wakes its tracking processors when a command's unit of work commits. A request that
 * stores its events inside a wider transaction (with its Idempotency-Key answer) commits later
 * than that: the publisher looked too early, found nothing yet and slept for a second, so every
 * event reached Kafka a second late. After the real commit, an empty publication wakes it again.
 */
@Component
class PublisherWakeUp {

    private final EventStore eventStore;

    PublisherWakeUp(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Call inside the request's transaction. */
    void afterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                eventStore.publish(List.of());
            }
        });
    }
}
