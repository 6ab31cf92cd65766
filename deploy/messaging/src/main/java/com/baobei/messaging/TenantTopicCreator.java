package com.baobei.messaging;

import com.baobei.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates a tenant's topics, and their dead-letter topics, before the first publication for a tenant this process
 * has not seen (ADR 0013): a tenant's topics exist from its first decision, and nothing depends on the broker's
 * auto-creation, which is off. Idempotent; a tenant is remembered once its topics exist and every partition has a
 * leader. The controller answers "created" before the broker leads the new partitions, and a send into a partition
 * without a leader is refused and retried inside the producer, out of sight (in one CI run the relay's first batches
 * for two new tenants went unacknowledged for two minutes; refusals of this kind are what a new tenant's first sends
 * show in the logs of passing runs). Here a broker slow to take the topics is an error of its own, and nothing is
 * sent before it has.
 */
public class TenantTopicCreator implements AutoCloseable {

    private final Admin admin;
    private final List<Topics.TenantTopic> topics;
    private final short replicationFactor;
    private final Duration leaderWait;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    /** Topic names already seen, so that a relay's batch costs a set look-up per topic, not a pattern match. */
    private final Set<String> readyTopics = ConcurrentHashMap.newKeySet();

    /** {@code admin} is closed with this; {@code topics} are those this service writes. */
    public TenantTopicCreator(Admin admin, List<Topics.TenantTopic> topics, short replicationFactor) {
        this(admin, topics, replicationFactor, Duration.ofSeconds(30));
    }

    /** {@code leaderWait}: how long new topics may go without a leader for every partition. */
    public TenantTopicCreator(Admin admin, List<Topics.TenantTopic> topics, short replicationFactor, Duration leaderWait) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.replicationFactor = replicationFactor;
        this.leaderWait = leaderWait;
    }

    /** Ensures the topics of the tenant whose topic {@code topic} is; a topic of no tenant needs nothing. */
    public void ensureFor(String topic) {
        if (!readyTopics.contains(topic)) {
            tenantOf(topic).ifPresent(this::ensure);
            readyTopics.add(topic);
        }
    }

    /** Creates what is missing of the tenant's topics; throws when the broker refuses or does not answer. */
    public void ensure(String tenant) {
        if (ready.contains(tenant)) {
            return;
        }
        List<NewTopic> wanted = new ArrayList<>();
        for (Topics.TenantTopic topic : topics) {
            wanted.add(new NewTopic(topic.name(tenant), topic.partitions(), replicationFactor)
                    .configs(topic.of(tenant).configs()));
            wanted.add(new NewTopic(topic.deadLetter(tenant), topic.partitions(), replicationFactor)
                    .configs(Topics.Topic.deadLetterConfigs()));
        }
        Map<String, org.apache.kafka.common.KafkaFuture<Void>> results = admin.createTopics(wanted).values();
        for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + result.getKey(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + result.getKey(), e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("The broker did not create topic " + result.getKey() + " in time", e);
            }
        }
        awaitLeaders(tenant, wanted);
        ready.add(tenant);
    }

    /**
     * Asks every new partition for its end offset until all answer: only a broker that leads a partition (has made
     * its log, not only read that it leads it) answers, which is what the first send needs. The metadata's leader
     * field is set earlier, and a send in between is refused.
     */
    private void awaitLeaders(String tenant, List<NewTopic> created) {
        long deadline = System.nanoTime() + leaderWait.toNanos();
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (NewTopic topic : created) {
            for (int partition = 0; partition < topic.numPartitions(); partition++) {
                partitions.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
            }
        }
        while (true) {
            try {
                admin.listOffsets(partitions, new ListOffsetsOptions().timeoutMs(1000)).all().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("The topics of tenant " + tenant + " are not led after "
                            + leaderWait.toSeconds() + " s", e);
                }
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the leaders of tenant " + tenant, e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for new topics' leaders", e);
        }
    }

    private Optional<String> tenantOf(String topic) {
        return topics.stream().map(t -> t.tenantOf(topic)).flatMap(Optional::stream).findFirst();
    }

    @Override
    public void close() {
        admin.close();
    }
}
