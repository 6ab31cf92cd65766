package com.baobei.attribution.kafka;

import com.baobei.attribution.live.OutboxMessages;
import com.baobei.attribution.live.RelaySignal;
import com.baobei.contracts.TraceParent;
import com.baobei.messaging.TenantTopicCreator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to Kafka in order, and deletes rows only after the broker acknowledged
 * them (acks=all, idempotent producer). A crash between send and delete re-sends the rows: a
 * consumer may see a decision twice, with the same event id, never miss one. Woken right after a
 * commit that queued rows; otherwise polls every {@code baobei.outbox.poll-interval}.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxMessages outbox;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate tx;
    private final RelaySignal signal;
    private final TenantTopicCreator topics;
    private final RecordTraces traces;
    private final Duration pollInterval;
    private final int batchSize;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(OutboxMessages outbox, KafkaTemplate<String, byte[]> kafka, TransactionTemplate tx, RelaySignal signal,
                       TenantTopicCreator topics, RecordTraces traces,
                       @Value("${baobei.outbox.poll-interval:50ms}") Duration pollInterval,
                       @Value("${baobei.outbox.batch-size:1000}") int batchSize) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.tx = tx;
        this.signal = signal;
        this.topics = topics;
        this.traces = traces;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
    }

    /** Sends one batch of unsent rows; returns how many were sent (0 when another instance holds the relay). */
    public int relayOnce() {
        Integer sent = tx.execute(status -> {
            if (!outbox.tryLockRelay()) {
                return 0;
            }
            List<OutboxMessages.Message> messages = outbox.next(batchSize);
            if (messages.isEmpty()) {
                return 0;
            }
            // a tenant's first decisions: its topics first (remembered, so one look-up per tenant and process)
            messages.stream().map(OutboxMessages.Message::topic).filter(java.util.Objects::nonNull).distinct()
                    .forEach(topics::ensureFor);
            List<CompletableFuture<?>> acks = new ArrayList<>(messages.size());
            for (OutboxMessages.Message message : messages) {
                if (message.payload() != null) {
                    acks.add(traces.continued(message.traceparent(), "publish " + message.topic(),
                            traceparent -> send(message, traceparent)));
                }
            }
            kafka.flush();
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the broker", e);
            } catch (Exception e) {
                throw new IllegalStateException("the broker did not acknowledge the outbox batch", e);
            }
            outbox.sent(messages);
            return messages.size();
        });
        return sent == null ? 0 : sent;
    }

    /**
     * CloudEvents binary mode: the envelope's attributes as headers too (issue 15); and the trace of the event behind
     * the decision, when it had one (ADR 0026).
     */
    private CompletableFuture<?> send(OutboxMessages.Message message, String traceparent) {
        Map<String, String> attributes = message.headers();
        List<Header> headers = new ArrayList<>(attributes.size() + 1);
        attributes.forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        if (traceparent != null) {
            headers.add(new RecordHeader(TraceParent.HEADER, traceparent.getBytes(StandardCharsets.UTF_8)));
            if (log.isDebugEnabled()) {
                log.debug("publishing {} {} on {}", attributes.get("ce_type"), attributes.get("ce_id"), message.topic());
            }
        }
        return kafka.send(new ProducerRecord<>(message.topic(), null, message.key(), message.payload(), headers));
    }

    private void loop() {
        while (running) {
            try {
                if (relayOnce() < batchSize) {
                    signal.await(pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay failed, retrying in 1 s: {}", e.getMessage());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            signal.wake();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
