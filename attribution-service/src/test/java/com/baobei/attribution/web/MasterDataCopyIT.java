package com.baobei.attribution.web;

import com.baobei.contracts.Ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.baobei.attribution.support.LiveServiceTest;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The master-data copy (ADR 0014): a policy for a project no record on {@code baobei.masterdata.events} defined is
 * refused with 422 naming the field and stores nothing; once the project's record is copied it passes; an
 * unreadable record goes to the dead letters.
 */
class MasterDataCopyIT extends LiveServiceTest {

    @Test
    void aPolicyNamesAProjectTheTenantDefined() {
        String tenant = "t-md-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestEvents.tenantAdmin(tenant);

        ResponseEntity<JsonNode> refused = put(admin, "p-new");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().path("field").asText()).isEqualTo("projectId");
        assertThat(jdbc.queryForObject("select count(*) from project_policy where tenant_id = ?", Integer.class,
                tenant)).isZero();

        defineProjects(tenant, "p-new");
        assertThat(put(admin, "p-new").getStatusCode().value()).isEqualTo(200);
        // another tenant's project of the same id is not this tenant's
        assertThat(put(TestEvents.tenantAdmin("other-" + tenant), "p-new").getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetters() {
        String key = "t-md:project:garbage-" + Ids.newId();
        kafka().send(Topics.MASTER_DATA.name(), key, "{\"eventType\":\"masterdata.Nothing.v1\"}"
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka().readAll(List.of(Topics.MASTER_DATA.deadLetter()))
                .stream().anyMatch(r -> key.equals(r.key())));
    }

    private ResponseEntity<JsonNode> put(String token, String projectId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(token).exchange("/api/v1/projects/{p}/policy", HttpMethod.PUT,
                new HttpEntity<>("{\"effectiveFrom\":\"2025-01-01\",\"leadTimeMinutes\":45}", headers), JsonNode.class,
                projectId);
    }
}
