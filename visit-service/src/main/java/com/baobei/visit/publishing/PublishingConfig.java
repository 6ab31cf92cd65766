package com.baobei.visit.publishing;

import com.baobei.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service writes, and a publisher that retries instead of skipping. */
@Configuration
class PublishingConfig {

    @Bean
    NewTopic visitEvents(@Value("${baobei.topic-replication-factor}") short replicationFactor) {
        return TopicBuilder.name(Topics.VISIT_EVENTS.name())
                .partitions(Topics.VISIT_EVENTS.partitions())
                .replicas(replicationFactor)
                .build();
    }

    /** Axon's default logs a failing handler and moves on, which would lose the event for Kafka. */
    @Autowired
    void propagateErrors(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(KafkaPublisher.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
