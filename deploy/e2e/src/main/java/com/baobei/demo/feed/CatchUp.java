package com.baobei.demo.feed;

import com.baobei.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the consumers have caught up: every consumer group reading the producers' topics and the attribution
 * topics has committed up to the end of every partition, and no topic has grown since the last look (the services
 * publish their decisions from an outbox, a moment after they commit).
 */
public final class CatchUp implements AutoCloseable {

    private static final List<String> TOPICS = Topics.all().stream().map(Topics.Topic::name)
            .filter(name -> !name.equals(Topics.STATEMENTS.name())).toList();

    /** Two seconds without a change. */
    private static final int STILL_POLLS = 4;

    private final String bootstrapServers;
    private final Admin admin;

    public CatchUp(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** What is still to do: messages not yet committed by a reading group, per group and topic. */
    public record Lag(Map<String, Long> behind, Map<TopicPartition, Long> ends) {

        boolean none() {
            return behind.values().stream().allMatch(n -> n == 0);
        }

        long total() {
            return behind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Returns once caught up: first every fact in {@code published} is on the producers' topics, then every
     * consumer group ({@code readers} names those expected per topic, since a group that has never committed is
     * not visible otherwise) has committed up to the end of every partition, and nothing has moved for two seconds
     * (the services publish their decisions from an outbox, a moment after they commit).
     */
    public void await(Set<String> published, Map<String, List<String>> readers, Duration timeout,
                      Progress progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PublishedFacts facts = new PublishedFacts(bootstrapServers)) {
            Set<String> missing = facts.missing(published);
            while (!missing.isEmpty()) {
                progress.advance(0, missing.size() + " facts not published yet");
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not published after " + timeout.toSeconds() + " s: "
                            + missing.stream().limit(10).toList());
                }
                missing = facts.missing(published);
            }
        }
        Lag previous = null;
        int quiet = 0;
        while (quiet < STILL_POLLS) {
            Lag lag = lag(readers);
            quiet = lag.none() && previous != null && lag.ends().equals(previous.ends()) ? quiet + 1 : 0;
            progress.advance(0, lag.total() + " messages to go");
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not caught up after " + timeout.toSeconds() + " s: " + lag.behind());
            }
            previous = lag;
            sleep(500);
        }
    }

    public Lag lag(Map<String, List<String>> readers) {
        try {
            Map<TopicPartition, Long> ends = ends();
            Map<String, List<String>> groups = new HashMap<>();
            readers.forEach((topic, names) -> groups.put(topic, new ArrayList<>(names)));
            Map<String, Long> behind = new HashMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                for (String topic : TOPICS) {
                    boolean reads = committed.keySet().stream().anyMatch(tp -> tp.topic().equals(topic))
                            || groups.getOrDefault(topic, List.of()).contains(group.groupId());
                    if (reads) {
                        groups.computeIfAbsent(topic, t -> new ArrayList<>()).remove(group.groupId());
                        behind.put(group.groupId() + "@" + topic, behind(topic, committed, ends));
                    }
                }
            }
            // an expected reader that has never been seen has read nothing
            groups.forEach((topic, missing) -> missing.forEach(group ->
                    behind.put(group + "@" + topic, behind(topic, Map.of(), ends))));
            return new Lag(behind, ends);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read consumer offsets: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long behind(String topic, Map<TopicPartition, OffsetAndMetadata> committed,
                               Map<TopicPartition, Long> ends) {
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (end.getKey().topic().equals(topic)) {
                OffsetAndMetadata at = committed.get(end.getKey());
                behind += end.getValue() - (at == null ? 0 : at.offset());
            }
        }
        return behind;
    }

    private Map<TopicPartition, Long> ends() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
            topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()),
                    OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
