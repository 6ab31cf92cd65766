package com.baobei.registration.erasure.kafka;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.registration.erasure.EvidenceErasure;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin: the erasures of {@code baobei.visit.events} into {@link EvidenceErasure}; the topic's other facts are skipped.
 * The group starts from the beginning, so an erasure published while this service was down is applied when it comes
 * back. An unreadable record is logged (its reason only) and skipped: the attribution service dead-letters the topic's
 * unreadable records. A database outage throws and the container retries, so no erasure is lost to it.
 */
@Component
class ErasureListener {

    static final String ID = "registration-erasures";
    private static final Logger log = LoggerFactory.getLogger(ErasureListener.class);
    private static final String TYPE = com.baobei.contracts.EventTypes.of(ErasureRequested.class).name();

    private final EvidenceErasure erasure;
    private final Clock clock;

    ErasureListener(EvidenceErasure erasure, Clock clock) {
        this.erasure = erasure;
        this.clock = clock;
    }

    // one group per service (its instances share a database); a test process with a database of its own sets its own
    @KafkaListener(id = ID, groupId = "${baobei.erasures.consumer-group:" + ID + "}",
            topics = "#{T(com.baobei.contracts.Topics).VISIT_EVENTS.name()}", properties = {
            "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
            "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer",
            "auto.offset.reset=earliest"})
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event;
        try {
            if (record.value() == null
                    || !TYPE.equals(EventJson.mapper().readTree(record.value()).path("eventType").asText())) {
                return; // visits, purchases, rulings: not this service's
            }
            event = EventJson.read(record.value());
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("skipped record {}-{}@{} of the visit topic: {}", record.topic(), record.partition(),
                    record.offset(), e.getClass().getSimpleName());
            return;
        }
        if (event.data() instanceof ErasureRequested erased && event.clientKey() != null) {
            int files = erasure.apply(event, erased, clock.instant());
            log.info("erasure {} applied at project {}: {} evidence file(s) erased", erased.erasureId(),
                    event.projectId(), files);
        }
    }
}
