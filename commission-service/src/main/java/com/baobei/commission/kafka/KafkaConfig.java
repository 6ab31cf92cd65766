package com.baobei.commission.kafka;

import com.baobei.commission.intake.InvalidAttributionException;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.messaging.TenantTopicCreator;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
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
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template,
            io.micrometer.core.instrument.MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
        backOff.setMaxInterval(30_000L);
        // each record sent to a .dlt is counted by its topic: an operator alerts on the rate (issue 15)
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            meters.counter("baobei.dead.letters", "topic", record.topic()).increment();
            recoverer.accept(record, e);
        }, backOff);
        handler.addNotRetryableExceptions(EventJson.MalformedEventException.class, InvalidAttributionException.class,
                DataIntegrityViolationException.class);
        return handler;
    }

    /**
     * A tenant's statements topic (and its .dlt) is created before its first statement is sent (ADR 0013). The
     * purchase attributions and their .dlt are created by their writer, the attribution service.
     */
    @Bean(destroyMethod = "close")
    TenantTopicCreator statementTopics(KafkaAdmin kafkaAdmin,
                                       @Value("${baobei.topics.replication-factor:1}") short replication) {
        return new TenantTopicCreator(Admin.create(kafkaAdmin.getConfigurationProperties()),
                List.of(Topics.STATEMENTS), replication);
    }
}
