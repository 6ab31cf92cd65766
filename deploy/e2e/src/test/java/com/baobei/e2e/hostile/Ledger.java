package com.baobei.e2e.hostile;

import com.baobei.platform.RunningPlatform;
import com.baobei.platform.ServiceSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the services have stored and published, counted: the rows of every table of every service's database (event
 * stores, projections, ledgers, idempotency records, outboxes) and the end offset of every topic. Two equal
 * ledgers around a batch of requests mean the batch stored and published nothing.
 */
final class Ledger {

    private final RunningPlatform platform;

    Ledger(RunningPlatform platform) {
        this.platform = platform;
    }

    /** {@code database.schema.table} and {@code topic:name}, each with its count. */
    Map<String, Long> count() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : platform.services().stream().map(ServiceSpec::database).distinct().toList()) {
            counts.putAll(rows(database));
        }
        counts.putAll(endOffsets());
        return counts;
    }

    /**
     * Counts again until four readings three seconds apart agree: what the services were still doing (publishing
     * from their outboxes, consuming each other's events) is done, or at least quiet for longer than it takes.
     */
    Map<String, Long> settled() {
        Map<String, Long> before = count();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int agreeing = 1;
        while (agreeing < 4 && System.nanoTime() < deadline) {
            pause(Duration.ofSeconds(3));
            Map<String, Long> now = count();
            agreeing = now.equals(before) ? agreeing + 1 : 1;
            before = now;
        }
        return before;
    }

    /** Counts until a count whose name starts so has changed (or two minutes passed), then until quiet. */
    Map<String, Long> awaitChange(Map<String, Long> from, String prefix) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (changes(from, count()).stream().noneMatch(change -> change.startsWith(prefix))
                && System.nanoTime() < deadline) {
            pause(Duration.ofSeconds(1));
        }
        return settled();
    }

    /** What differs, as {@code name: before -> after}. */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        TreeMap<String, Long> all = new TreeMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String name : all.keySet()) {
            Long was = before.get(name);
            Long is = after.get(name);
            if (was == null || !was.equals(is)) {
                changes.add(name + ": " + was + " -> " + is);
            }
        }
        return changes;
    }

    private Map<String, Long> rows(String database) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database),
                platform.databaseUsername(), platform.databasePassword());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("select table_schema, table_name from "
                    + "information_schema.tables where table_type = 'BASE TABLE' and table_schema not in "
                    + "('pg_catalog', 'information_schema') order by 1, 2")) {
                while (found.next()) {
                    tables.add("\"" + found.getString(1) + "\".\"" + found.getString(2) + "\"");
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(database + "." + table.replace("\"", ""), count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + database + ": " + e.getMessage(), e);
        }
        return counts;
    }

    private Map<String, Long> endOffsets() {
        Map<String, Object> config = new HashMap<>(platform.kafkaClientProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(30)).values().stream()
                    .flatMap(List::stream)
                    .filter(p -> !p.topic().startsWith("__"))
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toList());
            Map<String, Long> counts = new TreeMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(30))
                    .forEach((partition, end) -> counts.merge("topic:" + partition.topic(), end, Long::sum));
            return counts;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
