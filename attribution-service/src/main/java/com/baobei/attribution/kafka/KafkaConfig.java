package com.baobei.attribution.kafka;

import com.baobei.attribution.intake.InvalidEventException;
import com.baobei.attribution.live.PollFailedException;
import com.baobei.contracts.Texts;
import com.baobei.contracts.Topics;
import com.baobei.messaging.TenantTopicCreator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/** Topics this service reads and writes, and what happens to a poll that fails. */
@Configuration
public class KafkaConfig {

    /** Header with the JSON path of the offending field of a dead-lettered record ("" for the record as a whole). */
    public static final String DLT_FIELD_HEADER = "baobei-dlt-field";

    /** The facts this service reads, and their dead-letter topics. */
    @Bean
    public KafkaAdmin.NewTopics attributionTopics(@Value("${baobei.topics.replication-factor:1}") short replication) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topics.Topic topic : Topics.shared()) {
            topics.add(new NewTopic(topic.name(), topic.partitions(), replication));
            topics.add(new NewTopic(topic.deadLetter(), topic.partitions(), replication));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** The decision topics of a tenant, and their .dlt, made before its first decision is sent (ADR 0013). */
    @Bean(destroyMethod = "close")
    public TenantTopicCreator decisionTopics(KafkaAdmin kafkaAdmin,
                                             @Value("${baobei.topics.replication-factor:1}") short replication) {
        return new TenantTopicCreator(Admin.create(kafkaAdmin.getConfigurationProperties()),
                List.of(Topics.REGISTRATION_VERDICTS, Topics.OWNERSHIP, Topics.PURCHASE_ATTRIBUTIONS,
                        Topics.DISPUTE_OUTCOMES), replication);
    }

    /**
     * A record that cannot be decoded, or whose project keeps failing to fold, goes to
     * {@code <topic>.dlt} with the reason in headers; the partition moves on. A failure of the
     * database (or anything else not pinned to a record) retries the whole poll without end:
     * nothing is dead-lettered for an outage.
     */
    @Bean
    public DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template,
            io.micrometer.core.instrument.MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".dlt", -1));
        // exception texts may quote the input; the reason header below carries a redacted one
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        recoverer.setHeadersFunction((record, e) -> reasonHeaders(e));
        ExponentialBackOff outage = new ExponentialBackOff(200, 2.0);
        outage.setMaxInterval(10_000);
        // each record sent to a .dlt is counted by its topic: an operator alerts on the rate (issue 15)
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            meters.counter("baobei.dead.letters", "topic", record.topic()).increment();
            recoverer.accept(record, e);
        }, outage);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, e) -> {
            if (find(e, InvalidEventException.class) != null) {
                return new FixedBackOff(0, 0);
            }
            if (find(e, PollFailedException.class) != null) {
                return new FixedBackOff(500, 2);
            }
            return null;
        });
        return handler;
    }

    static Headers reasonHeaders(Exception e) {
        InvalidEventException invalid = find(e, InvalidEventException.class);
        PollFailedException failed = find(e, PollFailedException.class);
        String reason = invalid != null ? invalid.getMessage()
                : failed != null ? failed.getMessage()
                : Texts.redactFullPhones(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
        headers.add(DLT_FIELD_HEADER, (invalid != null ? invalid.field() : "").getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
