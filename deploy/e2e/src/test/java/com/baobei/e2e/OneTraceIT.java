package com.baobei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.PersonalData;
import com.baobei.contracts.Topics;
import com.baobei.contracts.TraceParent;
import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Feeder;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.Progress;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Step;
import com.baobei.platform.RunningPlatform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ADR 0026: one registration's path is one trace. A channel agent's client sends {@code POST /api/v1/registrations}
 * with a known W3C traceparent, the sales desk's client a purchase with another; both traces are then found, by
 * their exact trace ids, on the records each step wrote (the registration fact, its verdict; the purchase fact, its
 * attribution) and in the services' JSON log lines (the registration stored, the verdict published, the deal
 * recorded). The platform is the real one: the four services as their own processes, a Kafka broker, PostgreSQL; the
 * other suites share it ({@link SharedPlatform}), so this month is in a tenant of its own ({@link TraceMonth}) and
 * every record and log line is picked by an id only this month has (a registration id, a purchase id of its project,
 * an event id): the others' traffic is there, but never counted. The look for full numbers reads every log line.
 */
@ExtendWith(SharedPlatform.class)
class OneTraceIT {

    private static final String TENANT = TraceMonth.TENANT;
    private static final ZoneId ZONE = TraceMonth.ZONE;
    /** The traces the two callers start; fixed, so every assertion names exact ids. */
    private static final String REGISTRATION_TRACE = "5eed0026a1b2c3d4e5f60718293a4b5c";
    private static final String PURCHASE_TRACE = "0ddba11c0ffee0026f00dfacade0b0a7";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningPlatform platform;
    private static Feeder feeder;
    private static Step.Register registered;
    private static Step.Register imported;
    private static Step.Subscribe purchased;
    private static List<ConsumerRecord<byte[], byte[]>> records;

    @BeforeAll
    static void aRegistrationAndAPurchaseEachWithTheirCallersTrace() throws Exception {
        TraceMonth scenario = TraceMonth.of(LocalDate.now(ZONE).minusDays(3));
        imported = scenario.imported();
        purchased = scenario.purchased();
        registered = scenario.registered();
        // the platform logs each decision the attribution service publishes (DEBUG), in the decision's trace
        platform = SharedPlatform.running().platform();
        Services services = SharedPlatform.running().services();
        // an Api of its own: its traceparent is this suite's
        Api api = new Api(new Login(services.identity(), Users.PASSWORD));
        feeder = new Feeder(api, services, scenario.month());
        feeder.setUp();
        for (Step step : scenario.month().steps()) {
            api.traceparent(step instanceof Step.Register r && r.ref().equals(registered.ref())
                    ? traceparent(REGISTRATION_TRACE, "00f067aa0ba902b7")
                    : step instanceof Step.Subscribe s && s.ref().equals(purchased.ref())
                    ? traceparent(PURCHASE_TRACE, "b7ad6b7169203331") : null);
            feeder.feed(List.of(step), Progress.none());
        }
        api.traceparent(null);
        awaitDecided();
    }

    @Test
    void the_registration_fact_and_its_verdict_carry_the_agents_trace() {
        String registrationId = feeder.registrationId(registered.ref());
        assertThat(traceIds(Topics.REGISTRATION_EVENTS.name(), "registrationId", registrationId))
                .containsExactly(REGISTRATION_TRACE);
        assertThat(traceIds(Topics.REGISTRATION_VERDICTS.name(TENANT), "registrationId", registrationId))
                .isNotEmpty().containsOnly(REGISTRATION_TRACE);
    }

    @Test
    void the_purchase_fact_and_its_attribution_carry_the_desks_trace() {
        assertThat(traceIds(Topics.VISIT_EVENTS.name(), "purchaseId", purchased.ref()))
                .containsExactly(PURCHASE_TRACE);
        assertThat(traceIds(Topics.PURCHASE_ATTRIBUTIONS.name(TENANT), "purchaseId", purchased.ref()))
                .isNotEmpty().containsOnly(PURCHASE_TRACE);
    }

    @Test
    void a_request_without_a_traceparent_starts_a_trace_of_its_own_and_each_verdict_continues_its_cause() {
        String importedId = feeder.registrationId(imported.ref());
        assertThat(traceIds(Topics.REGISTRATION_EVENTS.name(), "registrationId", importedId)).hasSize(1)
                .doesNotContain(REGISTRATION_TRACE, PURCHASE_TRACE, "none");
        // the import's verdict is in the import's trace; once the visit uses it, that publication is the visit's
        List<ConsumerRecord<byte[], byte[]>> verdicts = about(Topics.REGISTRATION_VERDICTS.name(TENANT),
                "registrationId", importedId);
        assertThat(verdicts).isNotEmpty();
        for (ConsumerRecord<byte[], byte[]> verdict : verdicts) {
            String cause = json(verdict.value()).path("data").path("explanation").path("causedBy").asText("");
            List<ConsumerRecord<byte[], byte[]>> causes = records.stream()
                    .filter(r -> r.topic().equals(Topics.REGISTRATION_EVENTS.name())
                            || r.topic().equals(Topics.VISIT_EVENTS.name()))
                    .filter(r -> cause.equals(json(r.value()).path("eventId").asText()))
                    .toList();
            assertThat(causes).as("the fact the verdict names as its cause").hasSize(1);
            assertThat(traceId(verdict)).isEqualTo(traceId(causes.get(0))).isNotEqualTo("none");
        }
    }

    @Test
    void each_services_json_log_lines_name_the_trace() throws IOException {
        String registrationId = feeder.registrationId(registered.ref());
        assertThat(traceIds(lines("registration", l -> l.path("message").asText().contains(registrationId))))
                .containsExactly(REGISTRATION_TRACE);

        List<String> verdictIds = eventIds(Topics.REGISTRATION_VERDICTS.name(TENANT), "registrationId", registrationId);
        assertThat(traceIds(lines("attribution", l -> l.path("message").asText().startsWith("publishing")
                && l.path("message").asText().contains(verdictIds.get(0)))))
                .isNotEmpty().containsOnly(REGISTRATION_TRACE);

        assertThat(traceIds(lines("commission", l -> l.path("message").asText()
                .startsWith("deal of purchase " + purchased.ref() + " "))))
                .isNotEmpty().containsOnly(PURCHASE_TRACE);
    }

    @Test
    void the_logs_hold_no_full_phone_number_though_every_line_names_trace_ids() throws IOException {
        for (String service : List.of("registration", "visit", "attribution", "commission")) {
            String text = Files.readString(platform.logFile(service), StandardCharsets.UTF_8);
            assertThat(PersonalData.fullPhoneNumbers(text)).as(service).isEmpty();
        }
    }

    // --- the scenario

    private static String traceparent(String traceId, String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    /** Until the verdict of the live registration, the purchase's attribution and the deal are all there. */
    private static void awaitDecided() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            records = TopicDump.read(platform.kafkaClientProperties(), Set.of(Topics.REGISTRATION_EVENTS.name(),
                    Topics.VISIT_EVENTS.name(), Topics.REGISTRATION_VERDICTS.name(TENANT),
                    Topics.PURCHASE_ATTRIBUTIONS.name(TENANT)));
            boolean decided = !eventIds(Topics.REGISTRATION_VERDICTS.name(TENANT), "registrationId",
                    feeder.registrationId(registered.ref())).isEmpty()
                    && !eventIds(Topics.REGISTRATION_VERDICTS.name(TENANT), "registrationId",
                    feeder.registrationId(imported.ref())).isEmpty()
                    && !eventIds(Topics.PURCHASE_ATTRIBUTIONS.name(TENANT), "purchaseId", purchased.ref()).isEmpty()
                    && Files.readString(platform.logFile("commission"), StandardCharsets.UTF_8)
                    .contains("deal of purchase " + purchased.ref() + " ");
            if (decided) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not decided within five minutes");
            }
            Thread.sleep(500);
        }
    }

    // --- reading records and logs

    /** The trace id of each record on {@code topic} whose data has {@code field} = {@code value}. */
    private static List<String> traceIds(String topic, String field, String value) {
        return about(topic, field, value).stream().map(OneTraceIT::traceId).toList();
    }

    /** The trace id of the record's traceparent header; "none" without one. */
    private static String traceId(ConsumerRecord<byte[], byte[]> record) {
        return Optional.ofNullable(record.headers().lastHeader(TraceParent.HEADER)).map(Header::value)
                .map(v -> new String(v, StandardCharsets.UTF_8)).flatMap(TraceParent::traceId).orElse("none");
    }

    private static List<String> eventIds(String topic, String field, String value) {
        return about(topic, field, value).stream().map(r -> json(r.value()).path("eventId").asText()).toList();
    }

    private static List<ConsumerRecord<byte[], byte[]>> about(String topic, String field, String value) {
        return records.stream()
                .filter(r -> r.topic().equals(topic) && value.equals(json(r.value()).path("data").path(field).asText()))
                .toList();
    }

    /** The JSON log lines of {@code service} that {@code wanted} picks. */
    private static List<JsonNode> lines(String service, Predicate<JsonNode> wanted) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (String text : Files.readAllLines(platform.logFile(service), StandardCharsets.UTF_8)) {
            if (text.startsWith("{")) {
                JsonNode line = json(text.getBytes(StandardCharsets.UTF_8));
                if (wanted.test(line)) {
                    found.add(line);
                }
            }
        }
        return found;
    }

    /** Micrometer Tracing's MDC entry as the structured layout writes it (flat or nested); "none" without. */
    private static List<String> traceIds(List<JsonNode> lines) {
        return lines.stream().map(line -> {
            JsonNode flat = line.path("traceId");
            return flat.isMissingNode() ? line.path("trace").path("id").asText("none") : flat.asText();
        }).toList();
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
