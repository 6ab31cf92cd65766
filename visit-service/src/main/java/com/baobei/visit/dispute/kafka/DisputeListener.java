package com.baobei.visit.dispute.kafka;

import com.baobei.visit.dispute.DisputeCopy;
import com.baobei.visit.dispute.DisputeRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin: the disputes of {@code baobei.registration.events} into the local copy; the topic's other facts are skipped.
 * The group starts from the beginning, so a new instance knows every dispute ever raised.
 *
 * <p>An unreadable record is logged (its reason only, never its text) and skipped rather than dead-lettered: the
 * attribution service, the topic's reader of record, already puts the same record on the topic's dead letters, and
 * a dispute this copy never learns only means a ruling on it is refused (ADR 0020). An outage (the database) throws
 * and is retried by the container's error handler, so no dispute is lost to it.
 */
@Component
class DisputeListener {

    static final String ID = "visit-disputes";
    private static final Logger log = LoggerFactory.getLogger(DisputeListener.class);

    private final DisputeCopy copy;

    DisputeListener(DisputeCopy copy) {
        this.copy = copy;
    }

    // one group per service (its instances share a database); a test process with a database of its own sets its own
    @KafkaListener(id = ID, groupId = "${baobei.disputes.consumer-group:" + ID + "}",
            topics = "#{T(com.baobei.contracts.Topics).REGISTRATION_EVENTS.name()}", properties = {
            "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
            "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer",
            "auto.offset.reset=earliest"})
    void on(ConsumerRecord<String, byte[]> record) {
        try {
            DisputeRecords.read(record.key(), record.value()).ifPresent(copy::apply);
        } catch (DisputeRecords.Unreadable e) {
            log.warn("skipped record {}-{}@{} of the registration topic: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
