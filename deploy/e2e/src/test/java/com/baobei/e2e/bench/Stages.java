package com.baobei.e2e.bench;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.registration.Registered;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where each live registration's time to its verdict went, from the times the pipeline itself leaves: the event's
 * {@code recordedAt} (the registration service's clock stamp, just before its batch commits), the Kafka record's
 * create time (the publisher's send), the verdict row's {@code updated_at} (the attribution service's clock when its
 * fold was done, before comparing and writing), and when the verdict was seen committed. All clocks are this
 * machine's; Kafka's is in milliseconds, so a stage can read a millisecond low or high.
 */
final class Stages {

    /** One live registration, filled in as it goes; {@code verdictNanos} -1 when it had no readable verdict. */
    static final class Sent {
        final long plannedNanos;
        long answeredNanos = -1;
        String registrationId;
        long verdictNanos = -1;
        Instant foldedAt;

        Sent(long plannedNanos) {
            this.plannedNanos = plannedNanos;
        }
    }

    private final Map<String, Object> kafka;
    private final String topic;
    private final Map<TopicPartition, Long> from;
    /** {@link System#nanoTime} and the wall clock at one moment: to put both kinds of times on one line. */
    private final long nanosAt = System.nanoTime();
    private final Instant wallAt = Instant.now();

    /** Remembers where the topic ends now: the live registrations' events are the records after this. */
    Stages(Map<String, Object> kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            from = consumer.endOffsets(partitions);
        }
    }

    /** Prints the stages' quantiles for the registrations that were answered and decided. */
    void print(Sent[] sent) {
        Map<String, long[]> published = published();
        List<Long> recorded = new ArrayList<>();
        List<Long> publishing = new ArrayList<>();
        List<Long> consuming = new ArrayList<>();
        List<Long> folding = new ArrayList<>();
        for (Sent s : sent) {
            long[] event = s.registrationId == null ? null : published.get(s.registrationId);
            if (s.verdictNanos < 0 || event == null || s.foldedAt == null) {
                continue;
            }
            long plannedMicros = wallMicros(s.plannedNanos);
            long foldedMicros = s.foldedAt.getEpochSecond() * 1_000_000 + s.foldedAt.getNano() / 1_000;
            recorded.add(event[0] - plannedMicros);
            publishing.add(event[1] - event[0]);
            consuming.add(foldedMicros - event[1]);
            folding.add(wallMicros(s.verdictNanos) - foldedMicros);
        }
        System.out.printf("  stages of the %d decided (Kafka record of %d found):%n", recorded.size(), published.size());
        line("planned send → recordedAt", recorded);
        line("recordedAt → on Kafka", publishing);
        line("on Kafka → folded", consuming);
        line("folded → readable", folding);
    }

    /** Registration id → {recordedAt, Kafka create time}, in microseconds since the epoch. */
    private Map<String, long[]> published() {
        Map<String, long[]> times = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> ends = consumer.endOffsets(from.keySet());
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (from.keySet().stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope event = EventJson.read(record.value());
                    if (event.data() instanceof Registered registered) {
                        Instant recordedAt = event.recordedAt();
                        times.put(registered.registrationId(), new long[] {
                                recordedAt.getEpochSecond() * 1_000_000 + recordedAt.getNano() / 1_000,
                                record.timestamp() * 1_000});
                    }
                }
            }
        }
        return times;
    }

    private long wallMicros(long nanos) {
        Instant at = wallAt.plusNanos(nanos - nanosAt);
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static void line(String what, List<Long> micros) {
        if (micros.isEmpty()) {
            System.out.printf("    %-26s (none)%n", what);
            return;
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("    %-26s p50 %8.1f ms   p90 %8.1f ms   p99 %8.1f ms   max %8.1f ms%n", what,
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }
}
