package com.baobei.demo.feed;

import com.baobei.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
 * Waits until the consumers have caught up: every consumer group reading the producers' topics and the tenants'
 * attribution topics has committed up to the end of every partition, and no topic has grown since the last look (the
 * services publish their decisions from an outbox, a moment after they commit).
 */
public final class CatchUp implements AutoCloseable {

    /** Two seconds without a change. */
    private static final int STILL_POLLS = 4;

    private final Map<String, Object> client;
    private final List<String> topics;
    private final Admin admin;

    /**
     * {@code client}: bootstrap servers and credentials of a user who may see the groups and all topics (the
     * platform's admin); {@code tenants}: whose attribution topics to watch (they appear with the first decision).
     */
    public CatchUp(Map<String, Object> client, Collection<String> tenants) {
        this.client = Map.copyOf(client);
        List<String> watched = new ArrayList<>(Topics.shared().stream().map(Topics.Topic::name).toList());
        for (String tenant : tenants) {
            for (Topics.TenantTopic topic : List.of(Topics.REGISTRATION_VERDICTS, Topics.OWNERSHIP,
                    Topics.PURCHASE_ATTRIBUTIONS)) {
                watched.add(topic.name(tenant));
            }
        }
        this.topics = List.copyOf(watched);
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(config);
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
        try (PublishedFacts facts = new PublishedFacts(client)) {
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
                for (String topic : topics) {
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

    /** The end of every partition of the watched topics that exist yet (a tenant's appear with its first decision). */
    private Map<TopicPartition, Long> ends() throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<String> there = topics.stream().filter(existing::contains).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(there).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
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
