package com.baobei.attribution.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.baobei.attribution.fold.ClientDecision;
import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.fold.PurchaseDecision;
import com.baobei.attribution.fold.VerdictDecision;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole service against the real broker and PostgreSQL; every IT class extends this one so
 * they share one Spring context (one consumer in the group). {@link #http} sends no token: calls
 * go {@link #as} someone, with a token of {@code TestTokens}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
public abstract class LiveServiceTest {

    /** The tenant's own decision topics (ADR 0013). */
    public static List<String> decisionTopics(String tenant) {
        return List.of(Topics.REGISTRATION_VERDICTS.name(tenant), Topics.OWNERSHIP.name(tenant),
                Topics.PURCHASE_ATTRIBUTIONS.name(tenant), Topics.DISPUTE_OUTCOMES.name(tenant));
    }

    public static final List<String> INPUT_TOPICS = List.of(Topics.REGISTRATION_EVENTS.name(), Topics.VISIT_EVENTS.name());
    public static final String GROUP = "attribution-service";

    private static KafkaProbe kafka;

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private RestTemplateBuilder restTemplates;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrap;

    /**
     * Projects of the master data (ADR 0014), as the registration service would publish them, awaited in the local
     * copy: a policy is put only for a project the tenant defined.
     */
    protected void defineProjects(String tenant, String... projects) {
        List<EventEnvelope> records = new ArrayList<>();
        for (String project : projects) {
            Instant now = Instant.now();
            records.add(EventEnvelope.of(Ids.newId(), tenant, project, null, now, now,
                    new ProjectChanged(project, null, null, null, null, List.of(UnitType.RESIDENTIAL), true)));
        }
        for (EventEnvelope record : records) {
            kafka().send(Topics.MASTER_DATA.name(), record);
        }
        List<String> ids = records.stream().map(EventEnvelope::eventId).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from master_data where event_id in (" + String.join(",",
                        ids.stream().map(id -> "?").toList()) + ")", Integer.class, ids.toArray()) == ids.size());
    }

    @BeforeEach
    void probe() {
        if (kafka == null) {
            kafka = new KafkaProbe(bootstrap);
        }
    }

    @AfterAll
    static void closeProbe() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** The service's API called with this bearer token. */
    protected TestRestTemplate as(String token) {
        return new TestRestTemplate(restTemplates.rootUri(http.getRootUri())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    protected KafkaProbe kafka() {
        return kafka;
    }

    protected void produce(Collection<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            kafka.send(TestEvents.topicOf(event).name(), event);
        }
    }

    /** Waits until the project holds all its events, folded, and every decision it queued has been acknowledged by the broker. */
    protected void awaitFolded(TestEvents project, int events) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            // folded, not only stored: a consumer that may be behind defers its folds to the burst's end
            assertThat(jdbc.queryForList("""
                            select event_count from project_state
                             where tenant_id = ? and project_id = ? and dirty_since is null and fold_seq > 0""",
                    Long.class, project.tenant, project.project)).containsExactly((long) events);
            assertThat(jdbc.queryForObject("select count(*) from outbox where tenant_id = ?",
                    Long.class, project.tenant)).isZero();
        });
    }

    /** The dry run, asked by a tenant admin of the events' tenant. */
    protected Outcome simulate(JsonNode policy, Collection<EventEnvelope> events) {
        String tenant = events.isEmpty() ? "t-none" : events.iterator().next().tenantId();
        ObjectNode body = EventJson.mapper().createObjectNode();
        if (policy != null) {
            body.set("policy", policy);
        }
        ArrayNode list = body.putArray("events");
        for (EventEnvelope event : events) {
            list.add(EventJson.mapper().valueToTree(event));
        }
        ResponseEntity<Outcome> response = as(TestEvents.tenantAdmin(tenant))
                .postForEntity("/api/v1/simulations", body, Outcome.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The decisions published about the project: the latest per decision id, each topic in the order published. */
    protected record Published(Map<String, RegistrationVerdict> verdicts, Map<String, OwnershipChanged> owners,
                               Map<String, List<PurchaseAttributed>> purchases,
                               Map<String, com.baobei.contracts.attribution.DisputeDecided> disputes, int records) {
    }

    protected Published published(TestEvents project) {
        Map<String, RegistrationVerdict> verdicts = new LinkedHashMap<>();
        Map<String, OwnershipChanged> owners = new LinkedHashMap<>();
        Map<String, List<PurchaseAttributed>> purchases = new LinkedHashMap<>();
        Map<String, com.baobei.contracts.attribution.DisputeDecided> disputes = new LinkedHashMap<>();
        int records = 0;
        for (ConsumerRecord<String, byte[]> record : kafka.readAll(decisionTopics(project.tenant))) {
            EventEnvelope envelope = EventJson.read(record.value());
            // a tenant's topics carry its decisions only
            assertThat(envelope.tenantId()).as(record.topic()).isEqualTo(project.tenant);
            records++;
            SchemaAssertions.assertValid(record.value());
            if (envelope.data() instanceof RegistrationVerdict v) {
                assertThat(record.key()).isEqualTo(envelope.clientKey());
                verdicts.put(v.registrationId(), v);
            } else if (envelope.data() instanceof OwnershipChanged o) {
                assertThat(record.key()).isEqualTo(envelope.clientKey());
                owners.put(envelope.clientKey(), o);
            } else if (envelope.data() instanceof PurchaseAttributed p) {
                assertThat(record.key()).isEqualTo(project.projectKey());
                purchases.computeIfAbsent(p.purchaseId(), id -> new ArrayList<>()).add(p);
            } else if (envelope.data() instanceof com.baobei.contracts.attribution.DisputeDecided d) {
                assertThat(record.key()).isEqualTo(envelope.clientKey());
                disputes.put(d.disputeId(), d);
            }
        }
        return new Published(verdicts, owners, purchases, disputes, records);
    }

    /** The live projection (query API, as the tenant's admin) and the published decisions both equal the dry run's outcome. */
    protected void assertLiveEqualsDryRun(TestEvents project, Outcome dry) {
        TestRestTemplate http = as(project.admin());
        for (VerdictDecision expected : dry.verdicts()) {
            JsonNode live = http.getForObject("/api/v1/registrations/{id}/verdict", JsonNode.class,
                    expected.verdict().registrationId());
            assertThat(live.path("clientKey").asText()).isEqualTo(expected.clientKey());
            assertThat(read(live.get("verdict"), RegistrationVerdict.class)).isEqualTo(expected.verdict());
        }
        for (ClientDecision expected : dry.clients()) {
            JsonNode live = http.getForObject("/api/v1/projects/{p}/clients/{c}", JsonNode.class,
                    project.project, expected.clientKey());
            assertThat(read(live.get("current"), OwnershipChanged.class)).isEqualTo(expected.current());
            List<OwnershipChanged> history = new ArrayList<>();
            live.get("history").forEach(entry -> history.add(read(entry, OwnershipChanged.class)));
            assertThat(history).isEqualTo(expected.history());
        }
        List<PurchaseDecision> livePurchases = new ArrayList<>();
        for (JsonNode row : http.getForObject("/api/v1/projects/{p}/purchases", JsonNode.class, project.project)) {
            livePurchases.add(new PurchaseDecision(row.path("clientKey").asText(null),
                    unrevised(read(row.get("attribution"), PurchaseAttributed.class))));
        }
        assertThat(livePurchases).containsExactlyInAnyOrderElementsOf(dry.purchases());
        ResponseEntity<List<DisputeDecision>> disputes = http.exchange("/api/v1/projects/{p}/disputes", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {
                }, project.project);
        assertThat(disputes.getBody()).containsExactlyInAnyOrderElementsOf(dry.disputes());

        Published published = published(project);
        Map<String, RegistrationVerdict> expectedVerdicts = new LinkedHashMap<>();
        dry.verdicts().forEach(v -> expectedVerdicts.put(v.verdict().registrationId(), v.verdict()));
        assertThat(published.verdicts()).isEqualTo(expectedVerdicts);
        Map<String, OwnershipChanged> expectedOwners = new LinkedHashMap<>();
        dry.clients().forEach(c -> expectedOwners.put(c.clientKey(), c.current()));
        assertThat(published.owners()).isEqualTo(expectedOwners);
        Map<String, PurchaseAttributed> expectedPurchases = new LinkedHashMap<>();
        dry.purchases().forEach(p -> expectedPurchases.put(p.attribution().purchaseId(), p.attribution()));
        Map<String, PurchaseAttributed> latestPurchases = new LinkedHashMap<>();
        published.purchases().forEach((id, revisions) -> {
            for (int i = 0; i < revisions.size(); i++) {
                assertThat(revisions.get(i).revision()).as("revision of publication %d of %s", i, id).isEqualTo(i);
            }
            latestPurchases.put(id, unrevised(revisions.get(revisions.size() - 1)));
        });
        assertThat(latestPurchases).isEqualTo(expectedPurchases);
        // issue 14: where each dispute stands is published too, as the query API and the dry run say
        Map<String, com.baobei.contracts.attribution.DisputeDecided> expectedDisputes = new LinkedHashMap<>();
        dry.disputes().forEach(d -> expectedDisputes.put(d.disputeId(), new com.baobei.contracts.attribution.DisputeDecided(
                d.disputeId(), d.clientKey(), d.channelId(),
                com.baobei.contracts.attribution.DisputeDecided.Status.valueOf(d.status().name()),
                d.proposedOwnerChannelId(), d.explanation())));
        assertThat(published.disputes()).isEqualTo(expectedDisputes);
    }

    protected static PurchaseAttributed unrevised(PurchaseAttributed p) {
        return new PurchaseAttributed(p.purchaseId(), p.unitId(), p.unitType(), p.amount(), p.subscribedAt(),
                p.contractedAt(), p.cancelledAt(), p.channelId(), p.agentId(), 0, p.explanation());
    }

    protected static <T> T read(JsonNode node, Class<T> type) {
        try {
            return EventJson.mapper().treeToValue(node, type);
        } catch (Exception e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + node, e);
        }
    }
}
