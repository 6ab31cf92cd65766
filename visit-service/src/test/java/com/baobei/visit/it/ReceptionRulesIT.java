package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Ids;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.visit.testing.MasterDataSeed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reception rules of issue 14 through the REST API, on a real PostgreSQL and broker: the hotline's rota and calls
 * (ROT-3), routing by channel (ROT-4, poaching flagged with COM-4) and a returning client whose consultant has left
 * (VIS-9). Bad input is a 4xx problem+json; unknown master data is 422 naming the field. The seeded consultants
 * (MasterDataSeed): cs-a and cs-1 of 世联 (shilian), cs-b and cs-2 of 伟业 (weiye), cs-c and x-1 the developer's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class ReceptionRulesIT {

    static final String TENANT = VisitPublishingIT.TENANT;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rot3_a_call_belongs_to_the_agency_on_duty_that_day_or_to_the_one_that_took_it_for_it() {
        String project = seededProject();
        Instant calledAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(calledAt, VisitPublishingIT.ZONE);
        String calls = "/api/v1/projects/" + project + "/calls";

        // no rota yet: nobody is on duty
        ResponseEntity<Map> none = send(HttpMethod.POST, calls, "CONSULTANT", call(calledAt, null));
        assertProblem(none, 409);
        // from yesterday on, weiye then shilian: today is shilian's day
        ResponseEntity<Map> rota = send(HttpMethod.PUT, "/api/v1/projects/" + project + "/call-rota/"
                + today.minusDays(1), "SITE_MANAGER", "{\"agencies\":[\"weiye\",\"shilian\"]}");
        assertThat(rota.getStatusCode().value()).isEqualTo(200);
        assertThat(rota.getBody()).containsEntry("agencies", List.of("weiye", "shilian"));

        ResponseEntity<Map> taken = send(HttpMethod.POST, calls, "CONSULTANT", call(calledAt, null));
        assertThat(taken.getStatusCode().value()).isEqualTo(201);
        assertThat(taken.getBody()).containsEntry("agencyOnDuty", "shilian").containsEntry("agencyId", "shilian")
                .containsEntry("ruleIds", List.of("ROT-3")).containsEntry("maskedPhone", "138****5678")
                .containsEntry("day", today.toString());
        assertThat(taken.getBody().toString()).doesNotContain(VisitPublishingIT.WANG);
        // the caller's full number is kept where visitors' are, once per person
        assertThat(jdbc.queryForObject("select count(*) from client_contact where tenant_id = ? and full_phone = ?",
                Long.class, TENANT, VisitPublishingIT.WANG)).isEqualTo(1);

        // shilian could not take calls; weiye answered: the call is weiye's
        ResponseEntity<Map> covered = send(HttpMethod.POST, calls, "CONSULTANT", call(calledAt, "weiye"));
        assertThat(covered.getStatusCode().value()).isEqualTo(201);
        assertThat(covered.getBody()).containsEntry("agencyOnDuty", "shilian").containsEntry("agencyId", "weiye");
        assertThat((String) covered.getBody().get("reason")).contains("could not take calls");

        // the stored event names the agency and the rule, and holds the masked number only (ID-4)
        String stored = String.join("\n", jdbc.query("select payload from domain_event_entry where "
                + "aggregate_identifier = ?", (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8),
                TENANT + ":" + project + ":calls"));
        assertThat(stored).contains("\"agencyId\":\"weiye\"", "ROT-3", "138****5678")
                .doesNotContain(VisitPublishingIT.WANG);
    }

    @Test
    void rot3_bad_or_unknown_input_is_refused_and_stores_nothing() {
        String project = seededProject();
        Instant calledAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(calledAt, VisitPublishingIT.ZONE);
        String rota = "/api/v1/projects/" + project + "/call-rota/" + today;
        long events = storedEvents();

        assertProblem(send(HttpMethod.PUT, rota, "SITE_MANAGER", "{\"agencies\":[]}"), 400);
        assertProblem(send(HttpMethod.PUT, rota, "SITE_MANAGER", "{\"agencies\":[\"shilian\",\"shilian\"]}"), 400);
        assertProblem(send(HttpMethod.PUT, rota, "SITE_MANAGER", "{\"agencies\":[\"a:b\"]}"), 400);
        assertProblem(send(HttpMethod.PUT, rota, "SITE_MANAGER", "{\"agencies\":\"shilian\"}"), 400);
        assertProblem(send(HttpMethod.PUT, "/api/v1/projects/" + project + "/call-rota/2025-13-01", "SITE_MANAGER",
                "{\"agencies\":[\"shilian\"]}"), 400);
        ResponseEntity<Map> unknownAgency = send(HttpMethod.PUT, rota, "SITE_MANAGER",
                "{\"agencies\":[\"shilian\",\"lianjia\"]}");
        assertProblem(unknownAgency, 422);
        assertThat(unknownAgency.getBody().toString()).contains("agencies[1]");
        assertProblem(send(HttpMethod.PUT, "/api/v1/projects/no-such-" + Ids.newId() + "/call-rota/" + today,
                "SITE_MANAGER", "{\"agencies\":[\"shilian\"]}"), 422);

        String calls = "/api/v1/projects/" + project + "/calls";
        assertProblem(send(HttpMethod.POST, calls, "CONSULTANT", "{}"), 400);
        assertProblem(send(HttpMethod.POST, calls, "CONSULTANT", "{\"calledAt\":\"yesterday\"}"), 400);
        assertProblem(send(HttpMethod.POST, calls, "CONSULTANT", """
                {"calledAt":"%s","callerPhone":"138****5678"}""".formatted(calledAt)), 400);
        // a full number in text is the service's ID-4 refusal (422), as for visits
        assertProblem(send(HttpMethod.POST, calls, "CONSULTANT", """
                {"calledAt":"%s","callerSurname":"王 13812345678"}""".formatted(calledAt)), 422);
        assertProblem(send(HttpMethod.POST, calls, "CONSULTANT", """
                {"calledAt":"%s","takenByAgencyId":"lianjia"}""".formatted(calledAt)), 422);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void rot4_a_routed_channels_client_goes_to_its_agencies_and_a_consultant_outside_them_is_flagged_as_poaching() {
        String project = seededProject();
        Instant visitedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(visitedAt, VisitPublishingIT.ZONE);
        assertThat(send(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + today, "SITE_MANAGER",
                "{\"consultants\":[\"cs-c\",\"cs-b\",\"cs-a\",\"cs-1\"]}").getStatusCode().value()).isEqualTo(200);
        // 和成璟园: ch-1 (搜房) among shilian and weiye; ch-2 (链家) to shilian alone
        ResponseEntity<Map> routing = send(HttpMethod.PUT, "/api/v1/projects/" + project + "/routing", "SITE_MANAGER",
                "{\"routes\":[{\"channelId\":\"ch-1\",\"agencies\":[\"shilian\",\"weiye\"]},"
                        + "{\"channelId\":\"ch-2\",\"agencies\":[\"shilian\"]}]}");
        assertThat(routing.getStatusCode().value()).isEqualTo(200);
        assertThat(routing.getBody().get("routes").toString()).contains("ch-1", "ch-2");

        // ch-2's client: the first shilian consultant in the queue (cs-a), who goes to the back
        ResponseEntity<Map> lianjia = visit(project, visitedAt, "ch-2", null);
        assertThat(lianjia.getStatusCode().value()).isEqualTo(201);
        assertThat(lianjia.getBody()).containsEntry("consultantId", "cs-a").containsEntry("turnTaken", true)
                .containsEntry("channelId", "ch-2");
        assertThat(reception(lianjia)).containsEntry("ruleIds", List.of("ROT-4", "ROT-1"))
                .containsEntry("outsideRouting", false);
        assertThat(queue(project, today)).containsExactly("cs-c", "cs-b", "cs-1", "cs-a");

        // ch-1's client: the first of shilian's and weiye's (cs-b); cs-c, the developer's own, keeps the head
        assertThat(visit(project, visitedAt, "ch-1", null).getBody()).containsEntry("consultantId", "cs-b");
        assertThat(queue(project, today)).containsExactly("cs-c", "cs-1", "cs-a", "cs-b");

        // weiye's cs-b takes ch-2's client: outside the routing, recorded and flagged as poaching
        ResponseEntity<Map> poached = visit(project, visitedAt, "ch-2", "cs-b");
        assertThat(poached.getStatusCode().value()).isEqualTo(201);
        assertThat(poached.getBody()).containsEntry("consultantId", "cs-b").containsEntry("turnTaken", false);
        assertThat(reception(poached)).containsEntry("ruleIds", List.of("ROT-4", "COM-4"))
                .containsEntry("outsideRouting", true);
        ResponseEntity<Map> read = send(HttpMethod.GET, "/api/v1/visits/" + poached.getBody().get("visitId"),
                "CONSULTANT", null);
        assertThat(reception(read)).containsEntry("outsideRouting", true);
        assertThat((String) reception(read).get("reason")).contains("poaching");

        // a channel without a route: the general rotation's head
        ResponseEntity<Map> other = visit(project, visitedAt, "ch-3", null);
        assertThat(other.getBody()).containsEntry("consultantId", "cs-c");
        assertThat(reception(other)).containsEntry("ruleIds", List.of("ROT-1"));
        // a channel the master data does not know: 422 naming it, no visit
        ResponseEntity<Map> unknown = visit(project, visitedAt, "ch-none", null);
        assertProblem(unknown, 422);
        assertThat(unknown.getBody().toString()).contains("channelId");
    }

    @Test
    void rot4_bad_or_unknown_routing_is_refused() {
        String project = seededProject();
        String routing = "/api/v1/projects/" + project + "/routing";
        assertProblem(send(HttpMethod.PUT, routing, "SITE_MANAGER", "{}"), 400);
        assertProblem(send(HttpMethod.PUT, routing, "SITE_MANAGER",
                "{\"routes\":[{\"channelId\":\"ch-1\",\"agencies\":[]}]}"), 400);
        assertProblem(send(HttpMethod.PUT, routing, "SITE_MANAGER", "{\"routes\":[{\"channelId\":\"ch-1\","
                + "\"agencies\":[\"shilian\"]},{\"channelId\":\"ch-1\",\"agencies\":[\"weiye\"]}]}"), 400);
        ResponseEntity<Map> unknown = send(HttpMethod.PUT, routing, "SITE_MANAGER",
                "{\"routes\":[{\"channelId\":\"ch-none\",\"agencies\":[\"lianjia\"]}]}");
        assertProblem(unknown, 422);
        assertThat(unknown.getBody().toString()).contains("routes[0].channelId", "routes[0].agencies[0]");
        assertProblem(send(HttpMethod.PUT, routing, "CONSULTANT", "{\"routes\":[]}"), 403);
        // channelId only with a registration
        assertProblem(send(HttpMethod.POST, "/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"CLIENT","clientSurname":"周","clientPhone":"%s","visitedAt":"%s",
                 "consultantId":"cs-a","channelId":"ch-1"}""".formatted(project, phone(),
                Instant.now().minusSeconds(60))), 400);
    }

    @Test
    void vis9_a_returning_client_whose_consultant_has_left_goes_to_the_supervisor_and_takes_no_turn() {
        String project = seededProject();
        Instant firstAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant backAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String phone = phone();
        ResponseEntity<Map> first = send(HttpMethod.POST, "/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s","visitedAt":"%s",
                 "consultantId":"cs-a"}""".formatted(project, phone, firstAt));
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        // 赵 (cs-a) leaves 世联's team; her supervisor is cs-1
        MasterDataSeed.publishAndAwait(jdbc, List.of(MasterDataSeed.envelope(TENANT, project,
                new ConsultantChanged("cs-a", "cs-a", "cs-1", "shilian", false))));
        LocalDate today = LocalDate.ofInstant(backAt, VisitPublishingIT.ZONE);
        assertThat(send(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + today, "SITE_MANAGER",
                "{\"consultants\":[\"cs-b\",\"cs-1\"]}").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<Map> back = send(HttpMethod.POST, "/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"RETURN","clientSurname":"王","clientPhone":"%s","visitedAt":"%s"}"""
                .formatted(project, phone, backAt));
        assertThat(back.getStatusCode().value()).isEqualTo(201);
        assertThat(back.getBody()).containsEntry("consultantId", "cs-1").containsEntry("turnTaken", false)
                .containsEntry("kind", "RETURN");
        assertThat(reception(back)).containsEntry("ruleIds", List.of("VIS-9"));
        assertThat((String) reception(back).get("reason")).contains("cs-a", "has left", "cs-1");
        assertThat(queue(project, today)).containsExactly("cs-b", "cs-1");
    }

    @Test
    void vis9_a_returning_client_whose_consultant_is_not_on_duty_and_has_no_supervisor_is_the_desks_to_name() {
        String project = seededProject();
        Instant firstAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant backAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String phone = phone();
        assertThat(send(HttpMethod.POST, "/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s","visitedAt":"%s",
                 "consultantId":"cs-b"}""".formatted(project, phone, firstAt)).getStatusCode().value()).isEqualTo(201);
        LocalDate today = LocalDate.ofInstant(backAt, VisitPublishingIT.ZONE);
        assertThat(send(HttpMethod.PUT, "/api/v1/projects/" + project + "/rotation/" + today, "SITE_MANAGER",
                "{\"consultants\":[\"cs-a\"]}").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> back = send(HttpMethod.POST, "/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"RETURN","clientSurname":"王","clientPhone":"%s","visitedAt":"%s"}"""
                .formatted(project, phone, backAt));
        assertProblem(back, 409);
        assertThat(back.getBody().toString()).contains("VIS-9", "no supervisor");
    }

    private String seededProject() {
        String project = "rr-" + Ids.newId();
        MasterDataSeed.project(jdbc, TENANT, project);
        return project;
    }

    private ResponseEntity<Map> visit(String project, Instant at, String channel, String consultant) {
        return send(HttpMethod.POST, "/api/v1/visits", "CONSULTANT", """
                {"projectId":"%s","kind":"CLIENT","clientSurname":"王","clientPhone":"%s","visitedAt":"%s",
                 "registrationId":"reg-%s","channelId":"%s"%s}""".formatted(project, phone(), at, Ids.newId(),
                channel, consultant == null ? "" : ",\"consultantId\":\"" + consultant + "\""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reception(ResponseEntity<Map> visit) {
        assertThat(visit.getBody()).as(String.valueOf(visit.getBody())).containsKey("reception");
        return (Map<String, Object>) visit.getBody().get("reception");
    }

    @SuppressWarnings("unchecked")
    private List<String> queue(String project, LocalDate day) {
        return (List<String>) send(HttpMethod.GET, "/api/v1/projects/" + project + "/rotation/" + day, "CONSULTANT",
                null).getBody().get("queue");
    }

    private static String call(Instant at, String takenBy) {
        return """
                {"calledAt":"%s","callerSurname":"王","callerPhone":"%s"%s}""".formatted(at, VisitPublishingIT.WANG,
                takenBy == null ? "" : ",\"takenByAgencyId\":\"" + takenBy + "\"");
    }

    private static void assertProblem(ResponseEntity<Map> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(answer.getHeaders().getContentType()))
                .as("problem+json: " + answer.getHeaders().getContentType()).isTrue();
    }

    private static String phone() {
        return "1350%07d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }


    private ResponseEntity<Map> send(HttpMethod method, String path, String role, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.shared().token(role.equals("SITE_MANAGER") ? "sm-li" : "cs-a", TENANT, role)
                .sign());
        return http.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }
}
