package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.kafka.KafkaConfig;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.StoredEvent;
import com.baobei.attribution.support.LiveServiceTest;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.platform.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

/** Kafka in, fold, PostgreSQL and Kafka out: the live path against the real broker and database. */
class AttributionServiceIT extends LiveServiceTest {

    private static final Instant DAY = Instant.parse("2025-03-03T01:00:00Z"); // 09:00 in Asia/Shanghai

    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private LiveAttribution live;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrap;

    @Test
    void aRegistrationFollowedByAConfirmedVisitTwoHoursLaterGivesTheClientToTheChannel() {
        TestEvents p = TestEvents.freshProject("simple");
        EventEnvelope registered = p.registered("r-1", "ch-a", "王", "138****5678", DAY);
        EventEnvelope visited = p.visited("v-1", "王", "138****5678", "r-1", DAY.plus(Duration.ofHours(2)));
        produce(List.of(registered, visited));
        awaitFolded(p, 2);

        JsonNode verdict = as(p.admin()).getForObject("/api/v1/registrations/{id}/verdict", JsonNode.class, p.id("r-1"));
        assertThat(verdict.path("verdict").path("verdict").asText()).isIn("ACCEPTED", "USED");
        assertThat(verdict.path("verdict").path("explanation").path("ruleIds")).isNotEmpty();
        JsonNode client = as(p.admin()).getForObject("/api/v1/projects/{p}/clients/{c}", JsonNode.class, p.project,
                p.clientKey("138****5678"));
        assertThat(client.path("current").path("ownerKind").asText()).isEqualTo("CHANNEL");
        assertThat(client.path("current").path("channelId").asText()).isEqualTo("ch-a");
        assertLiveEqualsDryRun(p, simulate(null, List.of(registered, visited)));
    }

    @Test
    void eventsArrivingInAnyOrderGiveTheLiveProjectionAndThePublishedDecisionsOfTheDryRun() {
        TestEvents p = TestEvents.freshProject("shuffled");
        List<EventEnvelope> history = richHistory(p);
        List<EventEnvelope> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(20250303));
        produce(shuffled);
        awaitFolded(p, history.size());

        Outcome dry = simulate(null, history);
        // five clients, five registrations, two purchases, one dispute: the comparison below is not of empty lists
        assertThat(dry.verdicts()).hasSize(5);
        assertThat(dry.clients()).hasSize(5);
        assertThat(dry.purchases()).hasSize(2);
        assertThat(dry.disputes()).hasSize(1);
        assertLiveEqualsDryRun(p, dry);
        // the dry run touched nothing: no project, no outbox row of its own
        assertThat(jdbc.queryForObject("select count(*) from project_state where project_id = ?", Long.class, p.project))
                .isEqualTo(1L);
    }

    @Test
    void redeliveringTheSameRecordsChangesNothingAndPublishesNothing() throws Exception {
        TestEvents p = TestEvents.freshProject("redelivery");
        List<EventEnvelope> history = richHistory(p);
        produce(history);
        awaitFolded(p, history.size());
        Snapshot before = snapshot(p);

        // a producer re-sending everything
        produce(history);
        await().atMost(Duration.ofSeconds(60)).until(() -> kafka().caughtUp(GROUP, INPUT_TOPICS));
        // and the consumer reading every partition again from the start
        rewindConsumerGroup();
        await().atMost(Duration.ofSeconds(120)).until(() -> kafka().caughtUp(GROUP, INPUT_TOPICS));
        awaitFolded(p, history.size());

        assertThat(snapshot(p)).isEqualTo(before);
        assertLiveEqualsDryRun(p, simulate(null, history));
    }

    @Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void laterEventsAreFoldedOnFromTheLastFoldsStateWithTheDryRunsAnswers() {
        TestEvents p = TestEvents.freshProject("resumed");
        List<EventEnvelope> history = new ArrayList<>(richHistory(p));
        history.sort(com.baobei.attribution.fold.FoldOrder.ORDER);
        long resumedBefore = resumedFolds();
        // in business-time order, one event at a time, each folded before the next is sent: as live traffic comes
        for (int i = 0; i < history.size(); i++) {
            produce(List.of(history.get(i)));
            awaitFolded(p, i + 1);
        }
        // ADR 0031: at least some folds went on from the state (a form signing of a visit already folded starts over)
        assertThat(resumedFolds() - resumedBefore).isPositive();
        assertLiveEqualsDryRun(p, simulate(null, history));
    }

    private long resumedFolds() {
        io.micrometer.core.instrument.Counter counter = meters.find("baobei.fold.resumed").counter();
        return counter == null ? 0 : (long) counter.count();
    }

    @Autowired
    private ProjectMemory memory;

    @Test
    void aRefoldFromTheTablesWithNothingInMemoryRewritesAndPublishesNothing() throws Exception {
        TestEvents p = TestEvents.freshProject("from-tables");
        List<EventEnvelope> history = richHistory(p);
        produce(history);
        awaitFolded(p, history.size());
        int publishedBefore = published(p).records();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select registration_id, content_hash from registration_verdict where tenant_id = ? order by 1", p.tenant);
        List<Map<String, Object>> bodies = jdbc.queryForList(
                "select registration_id, body from registration_verdict where tenant_id = ? order by 1", p.tenant);
        ProjectRef project = new ProjectRef(p.tenant, p.project);
        // no events, decisions or fold state in memory: the events and the decisions' hashes are read from the tables
        memory.forget(project);
        live.refold(project);

        assertThat(jdbc.queryForList("select registration_id, body from registration_verdict where tenant_id = ? order by 1",
                p.tenant)).isEqualTo(bodies);
        assertThat(jdbc.queryForObject("select count(*) from outbox where tenant_id = ?", Long.class, p.tenant)).isZero();
        assertThat(jdbc.queryForList("select registration_id, content_hash from registration_verdict where tenant_id = ? order by 1",
                p.tenant)).isEqualTo(rows);
        assertThat(published(p).records()).isEqualTo(publishedBefore);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicWithItsReasonAndThePartitionMovesOn() {
        TestEvents p = TestEvents.freshProject("dlt");
        byte[] garbage = ("{not json at all " + p.tenant).getBytes(StandardCharsets.UTF_8);
        ObjectNode noId = (ObjectNode) EventJson.mapper().valueToTree(p.registered("r-x", "ch-a", "王", "138****5678", DAY));
        ((ObjectNode) noId.get("data")).remove("registrationId");
        byte[] withoutId = noId.toString().getBytes(StandardCharsets.UTF_8);
        EventEnvelope good = p.registered("r-good", "ch-a", "李", "139****2046", DAY);

        // same key, so same partition, in this order
        kafka().send(Topics.REGISTRATION_EVENTS.name(), p.projectKey(), garbage);
        kafka().send(Topics.REGISTRATION_EVENTS.name(), p.projectKey(), withoutId);
        kafka().send(Topics.REGISTRATION_EVENTS.name(), good);

        awaitFolded(p, 1);
        assertThat(jdbc.queryForList("select event_id from project_event where tenant_id = ?", String.class, p.tenant))
                .containsExactly(good.eventId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = kafka().readAll(List.of(Topics.REGISTRATION_EVENTS.deadLetter()));
            ConsumerRecord<String, byte[]> notJson = find(dead, garbage);
            assertThat(header(notJson, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).startsWith("not JSON");
            assertThat(header(notJson, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.REGISTRATION_EVENTS.name());
            assertThat(notJson.key()).isEqualTo(p.projectKey());
            ConsumerRecord<String, byte[]> missing = find(dead, withoutId);
            assertThat(header(missing, KafkaConfig.DLT_FIELD_HEADER)).isEqualTo("data.registrationId");
            assertThat(header(missing, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("data.registrationId: required");
        });
    }

    @Test
    void aConsumerCatchingUpStoresFirstAndFoldsEachProjectOnceLater() {
        TestEvents p = TestEvents.freshProject("deferred");
        List<EventEnvelope> history = richHistory(p);
        ProjectRef project = new ProjectRef(p.tenant, p.project);
        live.accept(project, stored(history.subList(0, 7)), true);
        live.accept(project, stored(history.subList(7, history.size())), true);
        live.accept(project, stored(history.subList(0, 3)), true);

        Map<String, Object> state = jdbc.queryForMap(
                "select event_count, fold_seq, dirty_since from project_state where tenant_id = ?", p.tenant);
        assertThat(state.get("event_count")).isEqualTo((long) history.size());
        assertThat(state.get("dirty_since")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from registration_verdict where tenant_id = ?", Long.class, p.tenant))
                .isZero();

        // nobody polls this project again: the sweeper folds it after the longest deferral
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select dirty_since is null from project_state where tenant_id = ?", Boolean.class, p.tenant));
        awaitFolded(p, history.size());
        assertThat(jdbc.queryForObject("select fold_seq from project_state where tenant_id = ?", Long.class, p.tenant))
                .isEqualTo(1L);
        assertLiveEqualsDryRun(p, simulate(null, history));
    }

    private static List<StoredEvent> stored(List<EventEnvelope> events) {
        return events.stream().map(e -> new StoredEvent(e, EventJson.write(e))).toList();
    }

    @Test
    void theServiceIsReadyWhenDatabaseAndBrokerAnswer() {
        JsonNode readiness = http.getForObject("/actuator/health/readiness", JsonNode.class);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
    }

    @Test
    void noFullPhoneNumberIsPublished() {
        TestEvents p = TestEvents.freshProject("privacy");
        List<EventEnvelope> history = richHistory(p);
        produce(history);
        awaitFolded(p, history.size());
        for (ConsumerRecord<String, byte[]> record : kafka().readAll(decisionTopics(p.tenant))) {
            PersonalData.assertNoFullPhoneNumbers(record.value());
        }
    }

    @Test
    void aTenantsDecisionTopicsAreMadeByTheServiceBeforeItsFirstDecision() throws Exception {
        TestEvents p = TestEvents.freshProject("topics");
        List<EventEnvelope> history = richHistory(p);
        produce(history);
        awaitFolded(p, history.size());
        List<String> made = new ArrayList<>();
        for (Topics.TenantTopic topic : List.of(Topics.REGISTRATION_VERDICTS, Topics.OWNERSHIP,
                Topics.PURCHASE_ATTRIBUTIONS, Topics.DISPUTE_OUTCOMES)) {
            made.add(topic.name(p.tenant));
            made.add(topic.deadLetter(p.tenant));
        }
        // the declared partitions: the test broker would auto-create a topic with one
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.shared().kafkaBootstrapServers()))) {
            assertThat(admin.describeTopics(made).allTopicNames().get(30, TimeUnit.SECONDS).values()).hasSize(8)
                    .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));
            // the statements topic is the commission service's to make
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .doesNotContain(Topics.STATEMENTS.name(p.tenant));
        }
    }

    /**
     * Five clients, two channels: a collision of registrations, a lapse, a visit too soon after its
     * registration, a natural visit disputed and ruled, a renewal, a flat and a parking space bought.
     */
    static List<EventEnvelope> richHistory(TestEvents p) {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(p.registered("r-wang-a", "ch-a", "王", "138****5678", DAY));
        events.add(p.registered("r-wang-b", "ch-b", "王", "138****5678", DAY.plus(Duration.ofHours(1))));
        events.add(p.visited("v-wang-1", "王", "138****5678", "r-wang-a", DAY.plus(Duration.ofHours(5))));
        events.add(p.purchased("pu-wang-flat", UnitType.RESIDENTIAL, "1880000.00", "王", "138****5678",
                DAY.plus(Duration.ofDays(5))));
        events.add(p.purchased("pu-wang-car", UnitType.PARKING, "150000.00", "王", "138****5678",
                DAY.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(30))));

        events.add(p.visited("v-li-1", "李", "139****2046", null, DAY.plus(Duration.ofHours(2))));
        events.add(p.disputed("d-li", "ch-b", "李", "139****2046", null, DAY.plus(Duration.ofHours(6))));
        events.add(p.ruled("d-li", "ch-b", "139****2046", DAY.plus(Duration.ofDays(1))));

        events.add(p.registered("r-zhao", "ch-a", "赵", "137****1111", DAY.plus(Duration.ofMinutes(30))));

        events.add(p.registered("r-chen", "ch-b", "陈", "136****2222", DAY.plus(Duration.ofHours(4))));
        events.add(p.visited("v-chen-1", "陈", "136****2222", "r-chen", DAY.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(10))));

        events.add(p.registered("r-sun", "ch-a", "孙", "135****3333", DAY));
        events.add(p.visited("v-sun-1", "孙", "135****3333", "r-sun", DAY.plus(Duration.ofHours(3))));
        events.add(p.visited("v-sun-2", "孙", "135****3333", "r-sun", DAY.plus(Duration.ofDays(26))));
        return events;
    }

    /** What a redelivery must not change: stored events, projection rows, outbox, published records. */
    private record Snapshot(List<Map<String, Object>> events, List<Map<String, Object>> verdicts,
                            List<Map<String, Object>> clients, List<Map<String, Object>> purchases, List<Map<String, Object>> disputes,
                            List<Map<String, Object>> outbox, int publishedRecords) {
    }

    private Snapshot snapshot(TestEvents p) {
        return new Snapshot(
                rows("select event_id, received_at from project_event where tenant_id = ? order by event_id", p),
                rows("select registration_id, body, publications, updated_at from registration_verdict where tenant_id = ? order by 1", p),
                rows("select client_key, body, history, decision_hash, publications, updated_at from client_ownership where tenant_id = ? order by 1", p),
                rows("select purchase_id, body, publications, updated_at from purchase_attribution where tenant_id = ? order by 1", p),
                rows("select dispute_id, body, updated_at from dispute_outcome where tenant_id = ? order by 1", p),
                rows("select id, kinds, decision_ids, publication_numbers from outbox where tenant_id = ? order by id", p),
                published(p).records());
    }

    private List<Map<String, Object>> rows(String sql, TestEvents p) {
        return jdbc.queryForList(sql, p.tenant).stream()
                .map(row -> row.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))))
                .map(row -> (Map<String, Object>) new java.util.TreeMap<String, Object>(row))
                .toList();
    }

    /** Stops the listener (so the group is empty), moves the group's offsets to the beginning, starts it again. */
    private void rewindConsumerGroup() throws Exception {
        MessageListenerContainer container = listeners.getListenerContainer("attribution-events");
        container.stop();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> start = new java.util.HashMap<>();
            admin.describeTopics(INPUT_TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, topic) ->
                    topic.partitions().forEach(partition -> start.put(new TopicPartition(name, partition.partition()),
                            new OffsetAndMetadata(0))));
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets(GROUP, start).all().get(30, TimeUnit.SECONDS);
                return true;
            });
        }
        container.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !kafka().caughtUp(GROUP, INPUT_TOPICS)
                || container.getAssignedPartitions() != null && !container.getAssignedPartitions().isEmpty());
    }

    private static ConsumerRecord<String, byte[]> find(List<ConsumerRecord<String, byte[]>> records, byte[] value) {
        return records.stream().filter(r -> java.util.Arrays.equals(r.value(), value)).findFirst()
                .orElseThrow(() -> new AssertionError("not dead-lettered: " + new String(value, StandardCharsets.UTF_8)));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
