package com.baobei.visit.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Axon's default store without its shared cache of recent events, as the registration service's (ADR 0034, "Memory:
 * Axon's shared event cache"): a tracking processor behind the cache (the publisher while Kafka is away) kept every
 * event the cache's reader fetched after its position in the heap; the registration service died of that during history
 * imports. One processor tails this store (the publisher), so the cache saves nothing. Axon's JPA storage engine backs
 * off when the application makes its own store, so it is made here as Axon makes it.
 */
@org.springframework.context.annotation.Configuration
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStoreConfig {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver duplicates,
                                          @Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon,
                                          EntityManagerProvider entityManagers, TransactionManager transactions) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(duplicates)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .build();
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }
}
