package com.baobei.commission.kafka;

import com.baobei.commission.persistence.OutboxRepository;
import com.baobei.contracts.CloudEvents;
import com.baobei.messaging.TenantTopicCreator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows to Kafka (acks=all, idempotent producer) and marks them published only after
 * the broker acknowledged every one, inside the transaction that locked them. A crash between the
 * two re-sends the rows: at least once, never lost; consumers recognise a re-send by its event id.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transactions;
    private final TenantTopicCreator topics;
    private final int batchSize;

    public OutboxRelay(OutboxRepository outbox, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions,
                       TenantTopicCreator topics, @Value("${baobei.outbox.batch-size:100}") int batchSize) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.transactions = transactions;
        this.topics = topics;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${baobei.outbox.poll-interval:200ms}")
    public void relay() {
        try {
            Integer sent;
            do {
                sent = transactions.execute(status -> sendBatch());
            } while (sent != null && sent == batchSize);
        } catch (RuntimeException e) {
            log.warn("outbox relay will retry: {}", e.getMessage());
        }
    }

    private int sendBatch() {
        List<OutboxRepository.Pending> pending = outbox.claim(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<SendResult<String, byte[]>>> acks = new ArrayList<>();
        // a tenant's first statement: its topic is created first (the broker does not auto-create)
        pending.stream().map(OutboxRepository.Pending::topic).distinct().forEach(topics::ensureFor);
        for (OutboxRepository.Pending row : pending) {
            // CloudEvents binary mode: the envelope's attributes as headers too (issue 15)
            acks.add(kafka.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(),
                    CloudEvents.headers(row.payload()).entrySet().stream().map(h -> (Header)
                            new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8))).toList())));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("broker did not acknowledge: " + e.getMessage(), e);
        }
        outbox.markPublished(pending.stream().map(OutboxRepository.Pending::id).toList());
        return pending.size();
    }
}
