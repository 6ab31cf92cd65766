package com.baobei.e2e;

import static com.baobei.e2e.PrometheusText.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.PersonalData;
import com.baobei.contracts.Topics;
import com.baobei.demo.DemoMonth;
import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.CatchUp;
import com.baobei.demo.feed.Feeder;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.Outcomes;
import com.baobei.demo.feed.Progress;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Person;
import com.baobei.demo.month.Step;
import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product from outside: a real Kafka broker, PostgreSQL and the four services as separate processes, started by
 * the launcher as {@code ./run.sh} starts them, driven through their REST APIs only.
 *
 * <p>The scripted ten days ({@link Script}) run twice, under two projects: "calm" undisturbed, "storm" with the
 * attribution and commission services killed (SIGKILL) halfway through the feed and started again. Then the
 * statements of both are issued and every outcome is read back.
 */
class MonthEndToEndIT {

    private static final Logger log = LoggerFactory.getLogger(MonthEndToEndIT.class);
    private static final String CALM = "calm";
    private static final String STORM = "storm";
    private static final List<String> KILLED = List.of("attribution", "commission");
    private static final Api.Caller FINANCE = Api.Caller.as(Users.finance(Script.TENANT));
    private static final Api.Caller ADMIN = Api.Caller.as(Users.admin(Script.TENANT));

    private static RunningPlatform platform;
    private static Restarts restarts;
    private static Services services;
    private static Api api;
    private static Script calm;
    private static Script storm;
    private static Feeder calmFeeder;
    private static Feeder stormFeeder;
    private static Outcomes calmOutcomes;
    private static Outcomes stormOutcomes;
    private static List<ConsumerRecord<byte[], byte[]>> everyRecord;

    @BeforeAll
    static void twoRunsOfTheScript() throws Exception {
        long begin = System.nanoTime();
        Path root = root();
        LocalDate today = LocalDate.now(Script.ZONE);
        calm = Script.write(CALM, today.minusDays(Script.DAYS));
        storm = Script.write(STORM, today.minusDays(Script.DAYS));
        // the script's people, not the demo month's: the identity provider knows only those in its users file
        Path usersFile = Users.writeFile(Path.of("target", "e2e-users.yml").toAbsolutePath(),
                Users.of(calm.month, storm.month));
        PlatformConfig config = PlatformConfig.defaults(root)
                .withDataDirectory(Path.of("target", "e2e-platform").toAbsolutePath())
                .withAnyFreePorts()
                .withFresh(true)
                .withReadinessTimeout(Duration.ofMinutes(4))
                .withIdentityUsers(usersFile)
                // this test kills and restarts two services itself (Restarts); the supervisor's own restarts are
                // SupervisionFaultIT's subject
                .withSupervision(false);
        platform = Platform.start(config);
        restarts = new Restarts(root);
        services = new Services(platform.serviceUrl("registration"), platform.serviceUrl("visit"),
                platform.serviceUrl("attribution"), platform.serviceUrl("commission"), platform.issuerUri());
        api = new Api(new Login(services.identity(), Users.PASSWORD));
        log.info("Platform up in {} s", platform.startupTime().toSeconds());

        calmFeeder = new Feeder(api, services, calm.month);
        stormFeeder = new Feeder(api, services, storm.month);

        calmFeeder.setUp();
        calmFeeder.feed(calm.month.steps(), Progress.none());
        awaitCatchUp(calmFeeder);
        log.info("Calm run fed and decided at {} s", seconds(begin));

        stormFeeder.setUp();
        List<Step> steps = storm.month.steps();
        int half = steps.size() / 2;
        stormFeeder.feed(steps.subList(0, half), Progress.none());
        List<Restarts.Launch> killed = new ArrayList<>();
        for (String name : KILLED) {
            killed.add(Restarts.kill(name));
        }
        log.info("Killed {} with SIGKILL after {} of {} steps", KILLED, half, steps.size());
        // the channels and the office keep working while the deciding services are down
        List<Step> dated = steps.subList(half, steps.size()).stream().filter(s -> s.at() != null).toList();
        List<Step> undated = steps.subList(half, steps.size()).stream().filter(s -> s.at() == null).toList();
        stormFeeder.feed(dated, Progress.none());
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (Restarts.Launch launch : killed) {
            Process process = restarts.start(launch, platform.logFile(launch.name()));
            ready.add(CompletableFuture.runAsync(() -> {
                try {
                    Restarts.awaitReady(platform.serviceUrl(launch.name()), process, Duration.ofMinutes(3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        log.info("Restarted {} at {} s", KILLED, seconds(begin));
        stormFeeder.feed(undated, Progress.none());
        awaitCatchUp(stormFeeder);
        log.info("Storm run fed and decided at {} s", seconds(begin));

        Outcomes.issueMonth(api, services, calm.month);
        Outcomes.issueMonth(api, services, storm.month);
        calmOutcomes = Outcomes.read(api, services, calmFeeder);
        stormOutcomes = Outcomes.read(api, services, stormFeeder);
        everyRecord = TopicDump.read(platform.kafkaClientProperties(), everyTopic());
        log.info("Everything read back at {} s ({} records on the topics)", seconds(begin), everyRecord.size());
    }

    @AfterAll
    static void stopEverything() {
        if (restarts != null) {
            restarts.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void registration_verdicts_cite_the_rules() {
        Map<String, String> verdicts = new TreeMap<>();
        calmOutcomes.verdicts().forEach((ref, v) -> verdicts.put(ref.substring(CALM.length() + 1),
                v.path("verdict").path("verdict").asText() + " " + v.path("verdict").path("explanation")
                        .path("ruleIds").path(0).asText()));
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "r0001", "USED VIS-1",        // alpha brought c1, form signed by all three
                "r0002", "REJECTED REG-2",    // beta's c1: alpha's registration was valid
                "r0003", "USED VIS-7",        // beta was first for c2; alpha brought c2: the first valid registrant
                "r0004", "REJECTED REG-2",    // alpha's c2: beta's registration was valid
                "r0005", "REJECTED REG-1",    // gamma registered c3 fifteen minutes before the visit
                "r0006", "LAPSED REG-3",      // alpha's c5 never came that day
                "r0007", "USED VIS-1",
                "r0008", "USED VIS-1",
                "r0009", "USED VIS-1"));      // c8's form was completed the next day
        calmOutcomes.verdicts().values().forEach(v -> {
            JsonNode why = v.path("verdict").path("explanation");
            assertThat(why.path("eventIds")).isNotEmpty();
            assertThat(why.path("reasonZh").asText()).isNotBlank();
            assertThat(why.path("reasonEn").asText()).isNotBlank();
        });
    }

    @Test
    void every_client_has_an_owner_with_the_explanation() {
        Script.People p = calm.people;
        Map<String, String> owners = owners(calmOutcomes, CALM, p);
        assertThat(owners).containsExactlyInAnyOrderEntriesOf(Map.of(
                "c1", "CHANNEL alpha PURCHASED",
                "c2", "CHANNEL beta PURCHASED",
                "c3", "OFFICE - PURCHASED",
                "c4", "OFFICE - PROTECTED",
                "c6", "CHANNEL gamma PURCHASED",
                "c7", "CHANNEL alpha PROTECTED",
                "c8", "CHANNEL alpha PURCHASED",
                "c9", "CHANNEL beta PURCHASED"));
        // c2's history: beta's first valid registration won the visit alpha brought (VIS-7), then the purchase
        String c2 = Script.TENANT + ":" + CALM + ":" + p.c2().maskedPhone();
        JsonNode history = api.get(services.attribution().resolve("/api/v1/projects/" + CALM + "/clients/" + c2),
                        Api.Caller.as(Users.admin(Script.TENANT)))
                .require("client " + c2).body().path("history");
        List<String> reasons = new ArrayList<>();
        history.forEach(h -> reasons.add(h.path("explanation").path("ruleIds").toString()));
        assertThat(reasons).anyMatch(r -> r.contains("VIS-7")).last().asString().contains("PUR-1");
        calmOutcomes.clients().values().forEach(current -> {
            assertThat(current.path("explanation").path("reasonEn").asText()).isNotBlank();
            assertThat(current.path("explanation").path("eventIds")).isNotEmpty();
        });
    }

    @Test
    void purchases_go_to_the_channel_the_rules_say() {
        Map<String, String> purchases = new TreeMap<>();
        Map<String, List<String>> rules = new TreeMap<>();
        calmOutcomes.purchases().forEach((id, a) -> {
            String ref = id.substring(CALM.length() + 1);
            purchases.put(ref, a.path("channelId").asText("-") + (a.hasNonNull("cancelledAt") ? " cancelled" : ""));
            List<String> ids = new ArrayList<>();
            a.path("explanation").path("ruleIds").forEach(r -> ids.add(r.asText()));
            rules.put(ref, ids);
        });
        assertThat(purchases).containsExactlyInAnyOrderEntriesOf(Map.of(
                "s0001", "alpha",
                "s0002", "beta",
                "s0003", "-",               // c3 was a natural visit: the office's client
                "s0004", "gamma",
                "s0005", "alpha cancelled",
                "s0006", "alpha",
                "s0007", "-",               // a parking space
                "s0008", "alpha",           // c1's wife, with the marriage certificate
                "s0009", "beta"));          // the late claim, ruled for beta
        assertThat(rules.get("s0001")).contains("PUR-1");
        assertThat(rules.get("s0005")).contains("PUR-8");
        assertThat(rules.get("s0007")).contains("PUR-3");
        assertThat(rules.get("s0008")).contains("PUR-4");
        assertThat(rules.get("s0009")).contains("DSP-2");
    }

    @Test
    void issued_statements_pay_the_tiers() {
        Map<String, String> issued = statements(calmOutcomes, CALM, calm.month.firstDay());
        assertThat(issued).containsExactlyInAnyOrderEntriesOf(Map.of(
                // 3 deals reach the 1.5 % tier, retroactively: (3,000,000 + 2,500,000 + 1,500,000) x 1.5 %
                "alpha", "ISSUED 3 105000.00 0.00 0.00 105000.00",
                // (2,000,000 + 3,300,000 ruled to beta) x 2.0 %
                "beta", "ISSUED 2 106000.00 0.00 0.00 106000.00",
                // marginal: 5,000,000 x 1.0 % + 1,000,000 x 2.0 %
                "gamma", "ISSUED 1 70000.00 0.00 0.00 70000.00"));
        // the fine was recorded today: it is deducted in the current period (COM-4); with no deal to pay it from,
        // nothing is paid and the balance is carried to the channel's next statement (ADR 0032)
        Map<String, String> current = statements(calmOutcomes, CALM, calm.month.feedDay());
        assertThat(current).containsEntry("alpha", "OPEN 0 0.00 0.00 -10500.00 0.00");
        JsonNode alphaNow = calmOutcomes.statements().values().stream()
                .filter(s -> s.path("projectId").asText().equals(CALM) && s.path("channelId").asText().equals("alpha")
                        && !LocalDate.parse(s.path("period").path("start").asText()).isAfter(calm.month.feedDay())
                        && !LocalDate.parse(s.path("period").path("end").asText()).isBefore(calm.month.feedDay()))
                .findFirst().orElseThrow();
        assertThat(new java.math.BigDecimal(alphaNow.path("totals").path("carriedForward").asText()))
                .isEqualByComparingTo("-10500.00");
    }

    @Test
    void the_issued_statements_download_as_csv_and_xlsx_that_open() throws IOException {
        List<String> issued = calmOutcomes.statements().values().stream()
                .filter(s -> s.path("state").asText().equals("ISSUED")).map(s -> s.path("statementId").asText())
                .toList();
        assertThat(issued).hasSize(3);
        for (String id : issued) {
            byte[] csv = api.download(services.commission().resolve("/api/v1/statements/" + id + "/csv"), FINANCE);
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains(id);
            String net = calmOutcomes.statements().get(id).path("totals").path("netPayable").asText();
            assertThat(text).contains(net);
            byte[] xlsx = api.download(services.commission().resolve("/api/v1/statements/" + id + "/xlsx"), FINANCE);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getNumberOfSheets()).isPositive();
                StringBuilder cells = new StringBuilder();
                workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
                assertThat(cells.toString()).contains(id);
            }
        }
    }

    @Test
    void the_live_decisions_equal_the_dry_run_of_the_same_events() {
        for (Feeder feeder : List.of(calmFeeder, stormFeeder)) {
            String projectId = feeder.month().projects().get(0).id();
            Outcomes live = feeder == calmFeeder ? calmOutcomes : stormOutcomes;
            ArrayNode events = api.json().createArrayNode();
            for (ConsumerRecord<byte[], byte[]> record : everyRecord) {
                if (record.topic().equals(Topics.REGISTRATION_EVENTS.name())
                        || record.topic().equals(Topics.VISIT_EVENTS.name())) {
                    JsonNode event = read(record.value());
                    if (event.path("projectId").asText().equals(projectId)) {
                        events.add(event);
                    }
                }
            }
            JsonNode policy = api.get(services.attribution().resolve("/api/v1/projects/" + projectId + "/policy"),
                    ADMIN).require("policy").body().path("versions");
            ObjectNode request = api.json().createObjectNode();
            request.set("policy", policy);
            request.set("events", events);
            JsonNode dry = api.post(services.attribution().resolve("/api/v1/simulations"), ADMIN, request)
                    .require("simulation of " + projectId).body();

            Map<String, JsonNode> liveVerdicts = new TreeMap<>();
            live.verdicts().values().forEach(v -> liveVerdicts.put(v.path("registrationId").asText(), v.path("verdict")));
            Map<String, JsonNode> dryVerdicts = new TreeMap<>();
            dry.path("verdicts").forEach(v -> dryVerdicts.put(v.path("verdict").path("registrationId").asText(),
                    v.path("verdict")));
            assertThat(liveVerdicts).as("verdicts of " + projectId).isEqualTo(dryVerdicts);

            Map<String, JsonNode> dryClients = new TreeMap<>();
            dry.path("clients").forEach(c -> dryClients.put(c.path("clientKey").asText(), c.path("current")));
            assertThat(new TreeMap<>(live.clients())).as("owners of " + projectId).isEqualTo(dryClients);

            Map<String, JsonNode> dryPurchases = new TreeMap<>();
            dry.path("purchases").forEach(p -> dryPurchases.put(p.path("attribution").path("purchaseId").asText(),
                    withoutRevision(p.path("attribution"))));
            Map<String, JsonNode> livePurchases = new TreeMap<>();
            live.purchases().forEach((id, a) -> livePurchases.put(id, withoutRevision(a)));
            assertThat(livePurchases).as("purchases of " + projectId).isEqualTo(dryPurchases);

            Map<String, JsonNode> dryDisputes = new TreeMap<>();
            dry.path("disputes").forEach(d -> dryDisputes.put(d.path("disputeId").asText(), d));
            assertThat(new TreeMap<>(live.disputes())).as("disputes of " + projectId).isEqualTo(dryDisputes);
        }
    }

    @Test
    void a_sigkill_of_attribution_and_commission_mid_feed_changes_no_outcome() {
        assertThat(owners(stormOutcomes, STORM, storm.people)).isEqualTo(owners(calmOutcomes, CALM, calm.people));
        assertThat(comparable(stormOutcomes.verdicts(), STORM)).isEqualTo(comparable(calmOutcomes.verdicts(), CALM));
        assertThat(comparable(stormOutcomes.purchases(), STORM)).isEqualTo(comparable(calmOutcomes.purchases(), CALM));
        assertThat(statements(stormOutcomes, STORM, storm.month.firstDay()))
                .isEqualTo(statements(calmOutcomes, CALM, calm.month.firstDay()));
        assertThat(statements(stormOutcomes, STORM, storm.month.feedDay()))
                .isEqualTo(statements(calmOutcomes, CALM, calm.month.feedDay()));
    }

    @Test
    void no_full_phone_number_on_any_topic() {
        assertThat(everyRecord).isNotEmpty();
        Set<String> topics = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : everyRecord) {
            topics.add(record.topic());
            List<String> found = PersonalData.fullPhoneNumbers(TopicDump.text(record));
            assertThat(found).as(record.topic() + "@" + record.partition() + ":" + record.offset()).isEmpty();
        }
        List<String> expected = new ArrayList<>(Topics.shared().stream().map(Topics.Topic::name).toList());
        Topics.ofTenant(Script.TENANT).forEach(topic -> expected.add(topic.name()));
        assertThat(topics).containsAll(expected);
    }

    /**
     * Issue 15: what an operator's Prometheus reads, scraped as it would be from the machine itself (the default
     * monitoring address) and without a token, after both months: the business figures are there and moved.
     */
    @Test
    void every_service_answers_a_prometheus_scrape_with_its_business_figures() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Map<String, String> scraped = new TreeMap<>();
        for (String service : List.of("registration", "visit", "attribution", "commission")) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                    platform.serviceUrl(service).resolve("/actuator/prometheus")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(service + " /actuator/prometheus").isEqualTo(200);
            scraped.put(service, answer.body());
        }
        double verdicts = sample(scraped.get("attribution"), "baobei_verdict_latency_seconds_count");
        double statements = sample(scraped.get("commission"), "baobei_statements_issued");
        log.info("Prometheus: attribution {} verdicts timed (p-histogram in baobei_verdict_latency_seconds_bucket), "
                        + "{} folds; outbox waiting: attribution {}, commission {}; statements issued {}; Kafka consumer lag "
                        + "on attribution's scrape: {}", verdicts,
                sample(scraped.get("attribution"), "baobei_fold_seconds_count"),
                sample(scraped.get("attribution"), "baobei_outbox_records"),
                sample(scraped.get("commission"), "baobei_outbox_records"), statements,
                sample(scraped.get("attribution"), "kafka_consumer_fetch_manager_records_lag_max"));

        // the attribution process was killed mid-feed and started again: its timers count since then
        assertThat(verdicts).as("the verdict latency histogram").isNotNaN();
        assertThat(scraped.get("attribution")).contains("baobei_verdict_latency_seconds_bucket{");
        assertThat(sample(scraped.get("attribution"), "baobei_fold_seconds_count")).as("folds timed").isPositive();
        assertThat(statements).as("statements issued by the two months").isPositive();
        assertThat(sample(scraped.get("attribution"), "baobei_outbox_oldest_seconds")).isNotNaN();
        assertThat(sample(scraped.get("commission"), "baobei_outbox_records")).isNotNaN();
        scraped.forEach((service, text) -> assertThat(text).as(service).contains("jvm_memory_used_bytes"));
    }

    /**
     * Issue 15: a partner validating what they receive rejects nothing. Every record on every topic of every tenant
     * (dead letters aside) after both months and the script, checked against its own published schema.
     */
    @Test
    void every_published_record_is_valid_against_its_own_schema_and_says_so_in_cloudevents_headers() {
        Set<String> topics = TopicDump.published(platform.kafkaClientProperties());
        PublishedSchemas schemas = new PublishedSchemas();
        List<ConsumerRecord<byte[], byte[]>> records = TopicDump.read(platform.kafkaClientProperties(), topics);
        records.forEach(schemas::check);
        log.info("Schema check: {} records on {} topics, per type {}; {} invalid, {} with wrong CloudEvents headers",
                records.size(), topics.size(), schemas.checked, schemas.failures.size(), schemas.headerFailures.size());

        assertThat(schemas.checked.keySet()).as("event types seen").hasSizeGreaterThanOrEqualTo(12);
        assertThat(schemas.failures).as("records invalid against their published schema").isEmpty();
        assertThat(schemas.headerFailures).as("records whose CloudEvents headers are missing or wrong").isEmpty();
    }

    /**
     * ADR 0013 across the real processes: the script's tenant appeared after the platform started, so the attribution
     * and commission services made its topics; its partner reads the decisions they published there, and nothing
     * of the demo tenants or the shared facts.
     */
    @Test
    void a_partner_reads_its_tenants_decisions_as_published_and_nothing_else() {
        Map<String, Object> partner = new HashMap<>(platform.addKafkaPartner(Script.TENANT));
        partner.put(ConsumerConfig.GROUP_ID_CONFIG, Script.TENANT + ".partner-e2e");
        partner.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long verdicts = everyRecord.stream()
                .filter(r -> r.topic().equals(Topics.REGISTRATION_VERDICTS.name(Script.TENANT))).count();
        assertThat(verdicts).isPositive();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(partner, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            assertThat(consumer.listTopics(Duration.ofSeconds(30)).keySet())
                    .containsAll(Topics.ofTenant(Script.TENANT).stream().map(Topics.Topic::name).toList())
                    .allMatch(topic -> topic.startsWith(Topics.tenantPrefix(Script.TENANT)));
            consumer.subscribe(List.of(Topics.REGISTRATION_VERDICTS.name(Script.TENANT)));
            List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.size() < verdicts && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
            assertThat(read).hasSizeGreaterThanOrEqualTo((int) verdicts)
                    .allSatisfy(r -> assertThat(read(r.value()).path("tenantId").asText()).isEqualTo(Script.TENANT));
        }
        partner.put(ConsumerConfig.GROUP_ID_CONFIG, Script.TENANT + ".partner-e2e-refused");
        for (String topic : List.of(Topics.REGISTRATION_VERDICTS.name("huajing"), Topics.REGISTRATION_EVENTS.name())) {
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(partner, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topic));
                assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(30))).as(topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void every_event_was_understood_nothing_went_to_a_dead_letter_topic() {
        List<String> dead = everyRecord.stream().filter(r -> r.topic().endsWith(".dlt"))
                .map(r -> r.topic() + "@" + r.partition() + ":" + r.offset()).toList();
        assertThat(dead).isEmpty();
    }

    @Test
    void no_full_phone_number_in_any_service_log() throws IOException {
        for (String service : PlatformConfig.SERVICE_PORTS.keySet()) {
            Path log = platform.logFile(service);
            try (Stream<Path> files = Files.list(log.getParent())) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(service)).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    assertThat(text).as(file.toString()).isNotEmpty();
                    assertThat(PersonalData.fullPhoneNumbers(text)).as(file.toString()).isEmpty();
                }
            }
        }
        // the test's own people did reach the services: the scan would have found them
        assertThat(calm.people.c1().phone()).matches(PersonalData.FULL_PHONE);
    }

    // --- reading the outcomes

    private static Map<String, String> owners(Outcomes outcomes, String projectId, Script.People p) {
        Map<String, String> owners = new TreeMap<>();
        Map<String, Person> people = Map.of("c1", p.c1(), "c2", p.c2(), "c3", p.c3(), "c4", p.c4(), "c6", p.c6(),
                "c7", p.c7(), "c8", p.c8(), "c9", p.c9());
        people.forEach((name, person) -> {
            JsonNode current = client(outcomes, projectId, person);
            owners.put(name, current.path("ownerKind").asText() + " " + current.path("channelId").asText("-") + " "
                    + current.path("status").asText());
        });
        return owners;
    }

    private static JsonNode client(Outcomes outcomes, String projectId, Person person) {
        String key = Script.TENANT + ":" + projectId + ":" + person.maskedPhone();
        JsonNode current = outcomes.clients().get(key);
        assertThat(current).as("client " + key).isNotNull();
        return current;
    }

    /** Statements by channel for the period containing {@code day}: state, deals, gross, adjustments, fines, net. */
    private static Map<String, String> statements(Outcomes outcomes, String projectId, LocalDate day) {
        Map<String, String> statements = new TreeMap<>();
        outcomes.statements().values().stream()
                .filter(s -> s.path("projectId").asText().equals(projectId))
                .filter(s -> !LocalDate.parse(s.path("period").path("start").asText()).isAfter(day)
                        && !LocalDate.parse(s.path("period").path("end").asText()).isBefore(day))
                .forEach(s -> {
                    JsonNode t = s.path("totals");
                    statements.put(s.path("channelId").asText(), String.join(" ", s.path("state").asText(),
                            t.path("dealCount").asText(), t.path("gross").asText(), t.path("adjustments").asText(),
                            t.path("fines").asText(), t.path("netPayable").asText()));
                });
        return statements;
    }

    /** Decisions with the ids that differ between two projects left out: what the rules decided and why. */
    private static Map<String, String> comparable(Map<String, JsonNode> decisions, String projectId) {
        Map<String, String> comparable = new TreeMap<>();
        decisions.forEach((key, value) -> {
            JsonNode copy = value.deepCopy();
            strip(copy);
            comparable.put(key.replace(projectId, "P"), copy.toString().replace(projectId, "P"));
        });
        return comparable;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("eventIds", "causedBy", "registrationId", "revision"));
            object.forEach(MonthEndToEndIT::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(MonthEndToEndIT::strip);
        }
    }

    private static JsonNode withoutRevision(JsonNode attribution) {
        ObjectNode copy = attribution.deepCopy();
        copy.remove("revision");
        return copy;
    }

    private static JsonNode read(byte[] json) {
        try {
            return api.json().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitCatchUp(Feeder feeder) {
        try (CatchUp catchUp = new CatchUp(platform.kafkaClientProperties(), List.of(Script.TENANT))) {
            catchUp.await(feeder.published(), DemoMonth.readers(List.of(Script.TENANT)), Duration.ofMinutes(3),
                    Progress.none());
        }
    }

    /** The shared topics and the script's tenant's, each with its dead-letter topic. */
    private static Set<String> everyTopic() {
        Set<String> topics = new HashSet<>();
        List<Topics.Topic> all = new ArrayList<>(Topics.shared());
        all.addAll(Topics.ofTenant(Script.TENANT));
        for (Topics.Topic topic : all) {
            topics.add(topic.name());
            topics.add(topic.deadLetter());
        }
        return topics;
    }

    /** The checkout; {@code -Dbaobei.e2e.root=...} runs against the jars of another checkout (a developer's shortcut). */
    private static Path root() {
        String other = System.getProperty("baobei.e2e.root");
        return other == null || other.isBlank() ? RepositoryRoot.find() : Path.of(other);
    }

    private static long seconds(long begin) {
        return (System.nanoTime() - begin) / 1_000_000_000L;
    }
}
