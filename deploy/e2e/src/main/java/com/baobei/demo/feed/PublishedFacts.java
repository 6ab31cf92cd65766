package com.baobei.demo.feed;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the producers' topics (without a consumer group) and notes every fact seen, so that one can wait until
 * everything fed through the REST APIs has been published: the producers publish from their event stores a
 * moment after they answered.
 */
final class PublishedFacts implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Set<String> seen = new HashSet<>();

    PublishedFacts(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new java.util.ArrayList<>();
        for (Topics.Topic topic : List.of(Topics.REGISTRATION_EVENTS, Topics.VISIT_EVENTS)) {
            for (int p = 0; p < topic.partitions(); p++) {
                partitions.add(new TopicPartition(topic.name(), p));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    static String key(String fact, String id) {
        return fact + ":" + id;
    }

    /** Reads what has arrived since the last call; returns the facts expected but not seen yet. */
    Set<String> missing(Set<String> expected) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(key(EventJson.read(record.value())));
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(seen);
        return missing;
    }

    private static String key(EventEnvelope event) {
        Object data = event.data();
        if (data instanceof Registered r) {
            return key("Registered", r.registrationId());
        } else if (data instanceof Visited v) {
            return key("Visited", v.visitId());
        } else if (data instanceof VisitFormSigned f) {
            return key("VisitFormSigned", f.visitId());
        } else if (data instanceof Purchased p) {
            return key("Purchased", p.purchaseId() + "@" + p.stage());
        } else if (data instanceof PurchaseCancelled c) {
            return key("PurchaseCancelled", c.purchaseId());
        } else if (data instanceof Disputed d) {
            return key("Disputed", d.disputeId());
        } else if (data instanceof DisputeRuled r) {
            return key("DisputeRuled", r.disputeId() + "@" + r.level());
        }
        return key(event.eventType(), event.eventId());
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
