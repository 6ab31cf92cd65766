package com.baobei.attribution.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.support.LiveServiceTest;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Policies and queries over HTTP against the real database: versions, 400s naming the field, 404s, re-folds. */
class PolicyApiIT extends LiveServiceTest {

    private static final Instant DAY = Instant.parse("2025-03-03T01:00:00Z");
    /** The tenant of the projects these tests name by a fixed id (p-none, p-bad, p-x). */
    private static final String TENANT = "t-policy-api";
    private static final String ADMIN = TestEvents.tenantAdmin(TENANT);

    @Test
    void aProjectWithoutAPolicyRunsOnTheRulebookDefaults() {
        JsonNode policy = as(ADMIN).getForObject("/api/v1/projects/p-none/policy", JsonNode.class);
        assertThat(policy.path("customised").asBoolean()).isFalse();
        assertThat(policy.path("versions")).hasSize(1);
        assertThat(policy.path("versions").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(policy.path("versions").get(0).path("leadTimeMinutes").asInt()).isEqualTo(30);
        assertThat(policy.path("versions").get(0).path("zone").asText()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void badPolicyValuesAreRefusedNamingTheField() {
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"leadTimeMinutes\":-5}"), "leadTimeMinutes");
        assertRefused(put(ADMIN, "p-bad", "{\"leadTimeMinutes\":60}"), "effectiveFrom");
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"leadTime\":60}"), "leadTime");
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"zone\":\"Mars/Olympus\"}"), "zone");
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"validityMode\":\"WEEKLY\"}"), "validityMode");
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"version\":7}"), "version");
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"validityMode\":\"DAYS\",\"validityDays\":0}"),
                "validityDays");
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"qualityMinVisitRatePercent\":150}"),
                "qualityMinVisitRatePercent");
        assertRefused(put(ADMIN, "p-bad", "not json"), "body");
        JsonNode policy = as(ADMIN).getForObject("/api/v1/projects/p-bad/policy", JsonNode.class);
        assertThat(policy.path("versions")).hasSize(1);
    }

    @Test
    void aProjectStartsFromAPresetWhoseValuesAreCopiedIntoItsVersion() {
        JsonNode presets = as(ADMIN).getForObject("/api/v1/policy-presets", JsonNode.class);
        List<String> ids = new java.util.ArrayList<>();
        presets.forEach(preset -> ids.add(preset.path("id").asText()));
        assertThat(ids).containsExactly("xx-residence", "hecheng-jingyuan", "damuzhi-plaza", "tianjin-zhuoda-joint",
                "zeke-group", "panke-system", "own-channel-online", "lvdi");
        JsonNode zeke = presets.get(4);
        assertThat(zeke.path("name").asText()).isEqualTo("泽科集团渠道管理规范");
        assertThat(zeke.path("settings").path("repeatLimit").asInt()).isEqualTo(3);
        assertThat(zeke.path("sources").path("repeatLimit").asText()).contains("不超过3次");
        assertThat(zeke.path("notes")).isNotEmpty();

        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"preset\":\"no-such-preset\"}"), "preset");
        // the document counts from the project's opening day, which the preset cannot know
        assertRefused(put(ADMIN, "p-bad", "{\"effectiveFrom\":\"2025-03-01\",\"preset\":\"own-channel-online\"}"),
                "openingDay");

        TestEvents p = TestEvents.freshProject("preset");
        defineProjects(p.tenant, p.project);
        ResponseEntity<JsonNode> started = put(p.admin(), p.project, "{\"effectiveFrom\":\"2025-01-01\","
                + "\"preset\":\"own-channel-online\",\"openingDay\":\"2025-05-01\",\"leadTimeMinutes\":45}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode version = started.getBody().path("versions").get(1);
        assertThat(version.path("preset").asText()).isEqualTo("own-channel-online");
        assertThat(version.path("validityMode").asText()).isEqualTo("UNTIL_OPENING_PLUS_DAYS");
        assertThat(version.path("openingDay").asText()).isEqualTo("2025-05-01");
        assertThat(version.path("protectionDays").asInt()).as("3.2 the whole sales period").isEqualTo(3650);
        assertThat(version.path("referralDays").asInt()).isZero();
        assertThat(version.path("leadTimeMinutes").asInt()).as("the override").isEqualTo(45);
        // copied, not referenced: the stored version holds the preset's values itself
        assertThat(jdbc.queryForObject("select settings->>'protectionDays' from project_policy where tenant_id = ? "
                + "and project_id = ?", String.class, p.tenant, p.project)).isEqualTo("3650");
        JsonNode read = as(p.admin()).getForObject("/api/v1/projects/{p}/policy", JsonNode.class, p.project);
        assertThat(read.path("versions").get(1)).isEqualTo(version);
    }

    @Test
    void aNewPolicyVersionIsNumberedByTheServerAndReFoldsTheProject() {
        TestEvents p = TestEvents.freshProject("policy");
        List<EventEnvelope> events = List.of(
                p.registered("r-1", "ch-a", "王", "138****5678", DAY),
                p.visited("v-1", "王", "138****5678", "r-1", DAY.plus(Duration.ofMinutes(45))),
                p.registered("r-2", "ch-b", "李", "139****2046", DAY.plus(Duration.ofHours(1))));
        produce(events);
        awaitFolded(p, events.size());
        defineProjects(p.tenant, p.project);

        ResponseEntity<JsonNode> first = put(p.admin(), p.project, "{\"effectiveFrom\":\"2025-01-01\",\"leadTimeMinutes\":60}");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("refoldedProjects").asInt()).isEqualTo(1);
        assertThat(first.getBody().path("versions")).hasSize(2);
        JsonNode second = first.getBody().path("versions").get(1);
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("leadTimeMinutes").asInt()).isEqualTo(60);
        assertThat(second.path("protectionDays").asInt()).isEqualTo(30);

        ResponseEntity<JsonNode> next = put(p.admin(), p.project, "{\"effectiveFrom\":\"2025-06-01\",\"protectionDays\":60}");
        assertThat(next.getBody().path("versions").get(2).path("version").asInt()).isEqualTo(3);

        awaitFolded(p, events.size());
        JsonNode versions = as(p.admin()).getForObject("/api/v1/projects/{p}/policy", JsonNode.class, p.project)
                .path("versions");
        // the dry run under the versions GET returns answers exactly as the live fold under the stored ones
        assertLiveEqualsDryRun(p, simulate(versions, events));
    }

    @Test
    void aPolicyIsItsTenantsAndReFoldsOnlyThatTenantsProjectOfTheSameId() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestEvents a = new TestEvents("t-a-" + unique, "p-shared-" + unique);
        TestEvents b = new TestEvents("t-b-" + unique, "p-shared-" + unique);
        List<EventEnvelope> eventsA = leadTimeCase(a);
        List<EventEnvelope> eventsB = leadTimeCase(b);
        produce(eventsA);
        produce(eventsB);
        awaitFolded(a, eventsA.size());
        awaitFolded(b, eventsB.size());
        long foldsOfB = foldSeq(b);
        defineProjects(a.tenant, a.project);

        ResponseEntity<JsonNode> changed = put(a.admin(), a.project, "{\"effectiveFrom\":\"2025-01-01\",\"leadTimeMinutes\":60}");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("refoldedProjects").asInt()).isEqualTo(1);
        awaitFolded(a, eventsA.size());

        assertThat(foldSeq(b)).as("the other tenant's project of the same id is not re-folded").isEqualTo(foldsOfB);
        assertThat(as(b.admin()).getForObject("/api/v1/projects/{p}/policy", JsonNode.class, b.project)
                .path("versions")).hasSize(1);
        JsonNode versionsOfA = as(a.admin()).getForObject("/api/v1/projects/{p}/policy", JsonNode.class, a.project)
                .path("versions");
        assertThat(versionsOfA).hasSize(2);
        assertLiveEqualsDryRun(a, simulate(versionsOfA, eventsA));
        assertLiveEqualsDryRun(b, simulate(null, eventsB));
        // the policy made a difference, so the comparison above is of something
        assertThat(verdict(a, "r-1")).isNotEqualTo(verdict(b, "r-1"));
    }

    /** A visit 45 minutes after the registration: in time under REG-1's 30 minutes, too soon under 60. */
    private static List<EventEnvelope> leadTimeCase(TestEvents p) {
        return List.of(p.registered("r-1", "ch-a", "王", "138****5678", DAY),
                p.visited("v-1", "王", "138****5678", "r-1", DAY.plus(Duration.ofMinutes(45))));
    }

    private long foldSeq(TestEvents p) {
        return jdbc.queryForObject("select fold_seq from project_state where tenant_id = ? and project_id = ?", Long.class,
                p.tenant, p.project);
    }

    private String verdict(TestEvents p, String registration) {
        return as(p.admin()).getForObject("/api/v1/registrations/{id}/verdict", JsonNode.class, p.id(registration))
                .path("verdict").path("verdict").asText();
    }

    @Test
    void unknownThingsAre404ProblemsAndAFullPhoneNumberIsNeverEchoed() {
        TestRestTemplate admin = as(ADMIN);
        ResponseEntity<JsonNode> verdict = admin.getForEntity("/api/v1/registrations/no-such-registration/verdict", JsonNode.class);
        assertThat(verdict.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(verdict.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        ResponseEntity<JsonNode> client = admin.getForEntity("/api/v1/projects/p-x/clients/t:p-x:138****5678", JsonNode.class);
        assertThat(client.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> search = admin.getForEntity("/api/v1/projects/p-x/clients?maskedPhone=13812345678", String.class);
        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(search.getBody()).contains("\"field\":\"maskedPhone\"").doesNotContain("13812345678");

        ResponseEntity<JsonNode> none = admin.getForEntity("/api/v1/projects/p-x/clients?maskedPhone=138****5678", JsonNode.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(none.getBody()).isEmpty();
    }

    @Test
    void theClientSearchFindsAClientByItsMaskedPhone() {
        TestEvents p = TestEvents.freshProject("search");
        List<EventEnvelope> events = List.of(p.registered("r-s", "ch-a", "王", "138****5678", DAY),
                p.visited("v-s", "王", "138****5678", "r-s", DAY.plus(Duration.ofHours(2))));
        produce(events);
        awaitFolded(p, events.size());
        JsonNode found = as(p.admin()).getForObject("/api/v1/projects/{p}/clients?maskedPhone=138****5678", JsonNode.class,
                p.project);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("clientKey").asText()).isEqualTo(p.clientKey("138****5678"));
    }

    @Test
    void theOpenApiDocumentShowsTheSimulationExamples() {
        JsonNode api = as(ADMIN).getForObject("/v3/api-docs", JsonNode.class);
        JsonNode examples = api.path("paths").path("/api/v1/simulations").path("post").path("requestBody")
                .path("content").path("application/json").path("examples");
        assertThat(examples.has("REG")).isTrue();
        assertThat(examples.has("VIS")).isTrue();
        assertThat(examples.has("PUR")).isTrue();
        assertThat(examples.has("DSP")).isTrue();
        JsonNode answers = api.path("paths").path("/api/v1/simulations").path("post").path("responses").path("200")
                .path("content").path("application/json").path("examples");
        // the documented answers are the fold's: the earlier valid registration is used, the later rejected
        JsonNode verdicts = answers.path("REG").path("value").path("verdicts");
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(0).path("verdict").path("verdict").asText()).isEqualTo("USED");
        assertThat(verdicts.get(1).path("verdict").path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(answers.path("PUR").path("value").path("purchases")).hasSize(2);
        assertThat(answers.path("DSP").path("value").path("disputes")).hasSize(1);
        assertThat(answers.path("VIS").path("value").path("clients")).hasSize(1);
    }

    private ResponseEntity<JsonNode> put(String token, String projectId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(token).exchange("/api/v1/projects/{p}/policy", HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class,
                projectId);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().path("field").asText()).isEqualTo(field);
        assertThat(response.getBody().path("errors")).isNotEmpty();
    }
}
