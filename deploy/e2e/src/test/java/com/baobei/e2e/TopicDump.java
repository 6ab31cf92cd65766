package com.baobei.e2e;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Every record of some topics, read from the beginning to the current end, without a consumer group. */
final class TopicDump {

    private TopicDump() {
    }

    /** {@code client}: bootstrap servers and credentials (the platform's admin reads every topic). */
    static List<ConsumerRecord<byte[], byte[]>> read(Map<String, Object> client, Set<String> topics) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(t, p.partition())))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to the end");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every topic this system publishes on, of every tenant, without the dead-letter topics. */
    static Set<String> published(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            return consumer.listTopics(Duration.ofSeconds(30)).keySet().stream()
                    .filter(t -> t.startsWith(com.baobei.contracts.Topics.PREFIX) && !t.endsWith(".dlt"))
                    .collect(Collectors.toSet());
        }
    }

    /** The events of one project, as published (the producers' topics are keyed by project). */
    static List<EventEnvelope> events(List<ConsumerRecord<byte[], byte[]>> records, String projectId) {
        return records.stream().map(r -> EventJson.read(r.value()))
                .filter(e -> e.projectId().equals(projectId)).toList();
    }

    /** Key, value and headers as text: what a scan for personal data must look at. */
    static String text(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder text = new StringBuilder();
        if (record.key() != null) {
            text.append(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }
        if (record.value() != null) {
            text.append(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }
        for (Header header : record.headers()) {
            text.append(header.key()).append('=');
            if (header.value() != null) {
                text.append(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
