package com.baobei.commission.kafka;

import com.baobei.commission.intake.InvalidAttributionException;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A record that cannot be decoded or used goes to {@code <topic>.dlt} at once, with the exception
 * and its message in the record headers ({@code kafka_dlt-exception-*}), and the partition moves
 * on. Any other failure (the database away) is retried with growing pauses, holding the partition
 * rather than dead-lettering a good attribution: money must not be lost to an outage.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
        backOff.setMaxInterval(30_000L);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(EventJson.MalformedEventException.class, InvalidAttributionException.class,
                DataIntegrityViolationException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics commissionTopics(@Value("${baobei.topics.replication-factor:1}") int replication) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.PURCHASE_ATTRIBUTIONS.name(), Topics.PURCHASE_ATTRIBUTIONS.partitions(), replication),
                topic(Topics.PURCHASE_ATTRIBUTIONS.deadLetter(), Topics.PURCHASE_ATTRIBUTIONS.partitions(), replication),
                topic(Topics.STATEMENTS.name(), Topics.STATEMENTS.partitions(), replication));
    }

    private static NewTopic topic(String name, int partitions, int replication) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replication).build();
    }
}
