package com.baobei.visit.testing;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Disputed;
import com.baobei.platform.testing.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test helper: a dispute a channel raised, published on {@code baobei.registration.events} as the registration
 * service publishes it, then awaited in the service's dispute copy (ADR 0020).
 */
public final class DisputeSeed {

    private DisputeSeed() {
    }

    /** An OWNERSHIP dispute of {@code channel} about the client {@code maskedPhone}, in the copy when it returns. */
    public static EventEnvelope raise(JdbcTemplate jdbc, String tenant, String project, String disputeId,
                                      String channel, String maskedPhone) {
        EventEnvelope envelope = disputed(tenant, project, disputeId, channel, maskedPhone);
        publish(List.of(envelope));
        await(jdbc, envelope);
        return envelope;
    }

    public static EventEnvelope disputed(String tenant, String project, String disputeId, String channel,
                                         String maskedPhone) {
        Instant now = Instant.now();
        return EventEnvelope.of(Ids.newId(), tenant, project, ClientKeys.clientKey(tenant, project, maskedPhone),
                now, now, new Disputed(disputeId, channel, "ag-1", Disputed.Kind.OWNERSHIP, "林", maskedPhone,
                        "reg-" + Ids.newId(), null, List.of("call-log-1"), "我方报备在先"));
    }

    public static void publish(List<EventEnvelope> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope envelope : records) {
                producer.send(new ProducerRecord<>(Topics.REGISTRATION_EVENTS.name(), envelope.partitionKey(),
                        EventJson.write(envelope)));
            }
            producer.flush();
        }
    }

    /** Until the record's event id is in the copy (30 s at most). */
    public static void await(JdbcTemplate jdbc, EventEnvelope envelope) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select count(*) from dispute where event_id = ?", Integer.class,
                envelope.eventId()) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("dispute not copied within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
