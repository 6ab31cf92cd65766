package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.PersonalData;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Registered;
import com.baobei.platform.testing.RealInfrastructure;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.TopicReader;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0034, against a real PostgreSQL and Kafka, with chunks of 50 rows: an import of 170 rows commits in four
 * chunks and every row reaches the topic once; an import stopped after its first chunk is listed with what it
 * stored, and the same import sent again finishes it with each row stored and published once; a finished import
 * sent again stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "baobei.imports.chunk-rows=" + HistoryImportIT.CHUNK)
@UsesRealInfrastructure
class HistoryImportIT {

    static final int CHUNK = 50;
    private static final int ROWS = 170;
    private static final String TENANT = "t-imports";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Armed, it stops the next import once, right after its first chunk commits (a crash between chunks). */
    static final AtomicBoolean CRASH_AFTER_FIRST_CHUNK = new AtomicBoolean();

    @TestConfiguration
    static class Crash {
        @Bean
        HistoryImport.ChunkObserver crashAfterFirstChunk() {
            return (batchId, rowsDone, rowCount) -> {
                if (CRASH_AFTER_FIRST_CHUNK.compareAndSet(true, false)) {
                    throw new IllegalStateException("simulated crash after " + rowsDone + " rows");
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final String admin = TestTokens.shared().of("TENANT_ADMIN", TENANT);
    private final String otherAdmin = TestTokens.shared().token("admin-2", TENANT, "TENANT_ADMIN").sign();

    @Test
    void anImportInSeveralChunksStoresAndPublishesEveryRowOnce() throws Exception {
        String project = seededProject();
        ResponseEntity<String> answer = post(importOf(project), null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.getBody());
        List<String> ids = ids(body);
        assertThat(ids).hasSize(ROWS).doesNotHaveDuplicates();

        JsonNode batch = logged(project, body.path("batchId").asText());
        assertThat(batch.path("rowCount").asInt()).isEqualTo(ROWS);
        assertThat(batch.path("rowsDone").asInt()).isEqualTo(ROWS);
        assertThat(batch.path("finishedAt").isNull()).isFalse();
        assertStoredOnceEach(project, ids);
        assertPublishedOnceEach(project, ids);
    }

    @Test
    void anImportStoppedBetweenChunksResumesWhenSentAgainAndStoresEachRowOnce() throws Exception {
        String project = seededProject();
        String request = importOf(project);
        CRASH_AFTER_FIRST_CHUNK.set(true);

        ResponseEntity<String> stopped = post(request, null);
        assertThat(stopped.getStatusCode().value()).as(stopped.getBody()).isEqualTo(503);
        assertThat(stopped.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(stopped.getBody());
        String batchId = problem.path("batchId").asText();
        assertThat(problem.path("rowsDone").asInt()).isEqualTo(CHUNK);
        JsonNode half = logged(project, batchId);
        assertThat(half.path("rowsDone").asInt()).isEqualTo(CHUNK);
        assertThat(half.path("finishedAt").isNull()).isTrue();
        assertThat(viewRows(project)).isEqualTo(CHUNK);

        // another admin sends the same file: it is the same batch, and every row names the importer the log names
        ResponseEntity<String> resumed = post(otherAdmin, request, null);
        assertThat(resumed.getStatusCode().value()).as(resumed.getBody()).isEqualTo(201);
        JsonNode body = JSON.readTree(resumed.getBody());
        assertThat(body.path("batchId").asText()).isEqualTo(batchId);
        List<String> ids = ids(body);
        assertThat(ids).hasSize(ROWS).doesNotHaveDuplicates();
        assertThat(logged(project, batchId).path("rowsDone").asInt()).isEqualTo(ROWS);
        assertThat(logged(project, batchId).path("importedBy").asText()).isEqualTo(TENANT + ".tenant_admin");
        assertThat(jdbc.queryForList("select distinct imported_by from registration_view where project_id = ?",
                String.class, project)).containsExactly(TENANT + ".tenant_admin");
        assertStoredOnceEach(project, ids);
        assertPublishedOnceEach(project, ids);
    }

    @Test
    void aFinishedImportSentAgainGetsTheSameAnswerAndStoresNothing() throws Exception {
        String project = seededProject();
        String request = importOf(project);
        String key = Ids.newId();
        ResponseEntity<String> first = post(request, key);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        long stored = storedEvents();

        ResponseEntity<String> again = post(request, key);
        ResponseEntity<String> againWithoutKey = post(request, null);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(JSON.readTree(again.getBody())).isEqualTo(JSON.readTree(first.getBody()));
        assertThat(JSON.readTree(againWithoutKey.getBody())).isEqualTo(JSON.readTree(first.getBody()));
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(post(importOf(project, 1), key).getStatusCode().value()).isEqualTo(422);
        assertThat(storedEvents()).isEqualTo(stored);
    }

    private void assertStoredOnceEach(String project, List<String> ids) {
        List<String> stored = jdbc.queryForList("select aggregate_identifier from domain_event_entry "
                + "where aggregate_identifier in (select registration_id from registration_view where project_id = ?)",
                String.class, project);
        assertThat(stored).hasSize(ROWS).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(viewRows(project)).isEqualTo(ROWS);
    }

    private void assertPublishedOnceEach(String project, List<String> ids) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.shared().kafkaBootstrapServers(),
                Topics.REGISTRATION_EVENTS.name())) {
            List<ConsumerRecord<String, byte[]>> all = reader.readUntil(
                    read -> ofProject(read, project).size() >= ids.size(), Duration.ofSeconds(60));
            // a short extra read makes sure nothing of this project follows
            all.addAll(reader.readUntil(read -> false, Duration.ofMillis(500)));
            List<ConsumerRecord<String, byte[]>> mine = ofProject(all, project);
            List<String> published = new ArrayList<>();
            Set<String> eventIds = new HashSet<>();
            for (ConsumerRecord<String, byte[]> record : mine) {
                SchemaAssertions.assertValid(record.value());
                PersonalData.assertNoFullPhoneNumbers(new String(record.value(), StandardCharsets.UTF_8));
                Registered registered = (Registered) EventJson.read(record.value()).data();
                assertThat(registered.imported()).isTrue();
                assertThat(registered.importedBy()).isEqualTo(TENANT + ".tenant_admin");
                published.add(registered.registrationId());
                eventIds.add(EventJson.read(record.value()).eventId());
            }
            assertThat(published).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(eventIds).hasSize(ids.size());
        }
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records,
                                                                  String project) {
        return records.stream().filter(r -> r.key().endsWith(":" + project)).toList();
    }

    private String seededProject() {
        String project = "p-" + Ids.newId();
        MasterDataSeed.tenant(http.getRootUri(), TENANT).projects(project).channel("c1", "AGENCY", "a1");
        return project;
    }

    /** ROWS distinct rows, a minute apart, the newest {@code shift} days back. */
    private static String importOf(String project, int shift) {
        Instant newest = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1 + shift, ChronoUnit.DAYS);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add("""
                    {"registeredAt":"%s","channelId":"c1","channelKind":"AGENCY","agentId":"a1","clientSurname":"王",\
                    "maskedPhone":"138****%04d"}""".formatted(newest.minus(i, ChronoUnit.MINUTES), i));
        }
        return "{\"tenantId\":\"" + TENANT + "\",\"projectId\":\"" + project + "\",\"rows\":[" + String.join(",", rows)
                + "]}";
    }

    private static String importOf(String project) {
        return importOf(project, 0);
    }

    private JsonNode logged(String project, String batchId) throws Exception {
        ResponseEntity<String> log = http.exchange("/api/v1/registrations/imports?projectId=" + project,
                HttpMethod.GET, new HttpEntity<>(headers(null)), String.class);
        for (JsonNode batch : JSON.readTree(log.getBody())) {
            if (batch.path("batchId").asText().equals(batchId)) {
                return batch;
            }
        }
        throw new AssertionError("batch " + batchId + " is not in the log: " + log.getBody());
    }

    private ResponseEntity<String> post(String json, String key) {
        return post(admin, json, key);
    }

    private ResponseEntity<String> post(String token, String json, String key) {
        return http.exchange("/api/v1/registrations/imports", HttpMethod.POST,
                new HttpEntity<>(json, headers(token, key)), String.class);
    }

    private HttpHeaders headers(String key) {
        return headers(admin, key);
    }

    private HttpHeaders headers(String token, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return headers;
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("registrationIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private int viewRows(String project) {
        return jdbc.queryForObject("select count(*) from registration_view where project_id = ?", Integer.class,
                project);
    }
}
