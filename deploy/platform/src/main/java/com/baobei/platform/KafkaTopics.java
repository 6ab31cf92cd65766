package com.baobei.platform;

import com.baobei.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the shared topics and the topics of the tenants known in advance, each with its dead-letter topic, so
 * services never depend on auto-creation. A tenant not known here gets its topics from their writers (ADR 0013).
 */
public final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

    private KafkaTopics() {
    }

    /**
     * Each topic of {@link Topics#shared()} and of {@link Topics#ofTenant} for each of {@code tenants}, and its
     * {@code .dlt}, with the cleanup and retention {@link Topics.Topic#configs} declares. The dead-letter topic gets
     * the same partition count because the dead-letter recoverer publishes to the partition the failed record came
     * from; it is never compacted and keeps every unreadable record for good, to be looked at.
     */
    public static List<NewTopic> declared(short replicationFactor, List<String> tenants) {
        List<Topics.Topic> all = new ArrayList<>(Topics.shared());
        tenants.forEach(tenant -> all.addAll(Topics.ofTenant(tenant)));
        List<NewTopic> topics = new ArrayList<>();
        for (Topics.Topic topic : all) {
            topics.add(new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(topic.configs()));
            topics.add(new NewTopic(topic.deadLetter(), topic.partitions(), replicationFactor)
                    .configs(Topics.Topic.deadLetterConfigs()));
        }
        return topics;
    }

    /**
     * Creates what is missing; existing topics are left as they are. Returns the names created now.
     * {@code clientProperties}: bootstrap servers and, where the broker authenticates, the credentials.
     */
    public static List<String> createAll(Map<String, Object> clientProperties, short replicationFactor,
                                         List<String> tenants) {
        Map<String, Object> config = new java.util.HashMap<>(clientProperties);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(config)) {
            return createAll(admin, replicationFactor, tenants);
        }
    }

    static List<String> createAll(Admin admin, short replicationFactor, List<String> tenants) {
        List<NewTopic> wanted = declared(replicationFactor, tenants);
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            List<String> created = new ArrayList<>();
            var results = admin.createTopics(missing, new CreateTopicsOptions().timeoutMs(60_000)).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(60, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
            log.debug("Created topics {}", created);
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics at the broker", e);
        }
    }
}
