package com.baobei.visit.publishing;

import com.baobei.contracts.CloudEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.TraceParent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a batch's records without waiting for each, then waits for every acknowledgement before
 * the batch's unit of work commits, so the tracking token moves only past events the broker has
 * (acks=all). A failure fails the batch: it is retried and re-sent, never skipped.
 */
@Component
class AcknowledgedSender {

    private static final String PENDING = AcknowledgedSender.class.getName() + ".pending";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;

    AcknowledgedSender(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    /** The envelope on the topic, keyed by its partition key, with its CloudEvents headers (issue 15). */
    void send(String topic, EventEnvelope envelope) {
        List<Header> headers = new ArrayList<>();
        CloudEvents.headers(envelope).forEach((name, value) ->
                headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        traceParent().ifPresent(value ->
                headers.add(new RecordHeader(TraceParent.HEADER, value.getBytes(StandardCharsets.UTF_8))));
        send(new ProducerRecord<>(topic, null, envelope.partitionKey(), EventJson.write(envelope), headers));
    }

    /**
     * The trace of the request that stored the event being published (ADR 0026): the tracking processor's unit of
     * work holds that event, whose metadata got the request's traceparent when it was applied.
     */
    private static Optional<String> traceParent() {
        Object value = CurrentUnitOfWork.map(u -> u.getMessage().getMetaData().get(TraceParent.HEADER)).orElse(null);
        return value instanceof String s ? TraceParent.valid(s) : Optional.empty();
    }

    private void send(ProducerRecord<String, byte[]> record) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<CompletableFuture<?>> pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> futures = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAll(futures));
            return futures;
        });
        pending.add(kafka.send(record));
    }

    private static void awaitAll(List<CompletableFuture<?>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the batch; it will be re-sent", e);
        }
    }
}
