package com.baobei.registration.publishing;

import com.baobei.contracts.Topics;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service writes, and a publisher that retries instead of skipping. */
@Configuration
class PublishingConfig {

    @Bean
    NewTopic registrationEvents(@Value("${baobei.topic-replication-factor}") short replicationFactor) {
        return TopicBuilder.name(Topics.REGISTRATION_EVENTS.name())
                .partitions(Topics.REGISTRATION_EVENTS.partitions())
                .replicas(replicationFactor)
                .build();
    }

    /** Events per batch and per token update: a history import's chunks go out in one send each (ADR 0034). */
    static final int BATCH_SIZE = 1_000;
    /**
     * How long the publisher waits for new events before it asks the table again. The event store keeps no shared
     * cache (config.EventStoreConfig), so nothing wakes the publisher when a request commits: it asks the table 20
     * times a second when idle, a cheap indexed query, where Axon's 1 s made every event 0.5 s later on average.
     */
    static final long POLL_MILLIS = 50;

    /**
     * One tracking processor on one thread, reading the event store a batch at a time. Axon's default logs a failing
     * handler and moves on, which would lose the event for Kafka: its errors propagate and the batch is retried.
     */
    @Autowired
    void publisher(EventProcessingConfigurer configurer) {
        configurer.registerTrackingEventProcessor(KafkaPublisher.GROUP, c -> c.eventStore(),
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH_SIZE)
                        .andEventAvailabilityTimeout(POLL_MILLIS, TimeUnit.MILLISECONDS));
        configurer.registerListenerInvocationErrorHandler(KafkaPublisher.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
