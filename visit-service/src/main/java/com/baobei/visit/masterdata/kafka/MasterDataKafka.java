package com.baobei.visit.masterdata.kafka;

import com.baobei.contracts.Topics;
import com.baobei.visit.masterdata.MasterDataRecords;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The topic this service reads, and what a failure does: an unreadable record goes to {@code <topic>.dlt} with the
 * reason and the partition moves on; an outage (the database) is retried without end, nothing dead-lettered for it.
 */
@Configuration
class MasterDataKafka {

    @Bean
    NewTopic masterDataEvents(@Value("${baobei.topic-replication-factor}") short replicationFactor) {
        return TopicBuilder.name(Topics.MASTER_DATA.name()).partitions(Topics.MASTER_DATA.partitions())
                .replicas(replicationFactor).compact().build();
    }

    @Bean
    NewTopic masterDataDeadLetters(@Value("${baobei.topic-replication-factor}") short replicationFactor) {
        return TopicBuilder.name(Topics.MASTER_DATA.deadLetter()).partitions(Topics.MASTER_DATA.partitions())
                .replicas(replicationFactor).build();
    }

    @Bean
    DefaultErrorHandler masterDataErrors(KafkaTemplate<String, byte[]> template,
            io.micrometer.core.instrument.MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".dlt", -1));
        // the exception text may quote the input; the reason header is ours
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        recoverer.setHeadersFunction((record, e) -> {
            RecordHeaders headers = new RecordHeaders();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason = cause instanceof MasterDataRecords.Unreadable ? cause.getMessage() : "not readable";
            headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        ExponentialBackOff outage = new ExponentialBackOff(200, 2.0);
        outage.setMaxInterval(10_000);
        // each record sent to a .dlt is counted by its topic: an operator alerts on the rate (issue 15)
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            meters.counter("baobei.dead.letters", "topic", record.topic()).increment();
            recoverer.accept(record, e);
        }, outage);
        handler.addNotRetryableExceptions(MasterDataRecords.Unreadable.class);
        return handler;
    }
}
