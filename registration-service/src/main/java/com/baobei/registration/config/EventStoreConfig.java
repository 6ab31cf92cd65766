package com.baobei.registration.config;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC storage engine and token store on the tables Flyway made for the JPA ones (V1, V26), instead of the JPA
 * engine and token store (ADR 0034, the write path): the profile found Hibernate in two thirds of the publisher's
 * samples and in the request threads' append. The connection is the one of the Spring transaction around the request,
 * so the event, the view row and the idempotency answer still commit together.
 */
@Configuration
class EventStoreConfig {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider axonConnectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema) {
        PersistenceExceptionResolver duplicates = new JdbcSQLErrorCodesResolver();
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(duplicates)
                .connectionProvider(axonConnectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .build();
    }


    /**
     * Axon's default store without its shared cache of recent events (ADR 0034, "Memory: Axon's shared event cache").
     * The cache's reader fetches ahead of the tracking processors without bound, and a processor that is behind (the
     * publisher during a history import, or while Kafka is away) keeps every event fetched after its position reachable
     * until a cleaner moves it to its own stream: three 100,000-row imports filled the 256 MB heap with 135,001 cached
     * events and the service died of OutOfMemoryError (heap dump, 2026-12-08). The cache saves reads when several
     * processors tail one store; here one does (the publisher), which now reads its own stream a batch at a time and
     * asks the table every {@code PublishingConfig.POLL_MILLIS} when idle.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider axonConnectionProvider, Serializer defaultSerializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(axonConnectionProvider)
                .serializer(defaultSerializer)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .contentType(byte[].class)
                .build();
    }
}
