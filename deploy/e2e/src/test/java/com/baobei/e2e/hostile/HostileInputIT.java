package com.baobei.e2e.hostile;

import static com.baobei.e2e.access.AccessCast.NORTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.demo.feed.Body;
import com.baobei.e2e.SharedPlatform;
import com.baobei.e2e.access.AccessCast;
import com.baobei.e2e.access.Fixture;
import com.baobei.e2e.access.Matrix;
import com.baobei.e2e.access.Probes;
import com.baobei.e2e.access.Probes.Probe;
import com.baobei.e2e.hostile.Cases.Base;
import com.baobei.e2e.hostile.WriteOperations.Operation;
import com.baobei.platform.RepositoryRoot;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: hostile input against every write endpoint of the four services, as real processes. Every endpoint
 * the services' OpenAPI documents declare gets cases (the suite fails on one without); each case must be refused
 * with a 4xx problem+json naming the field; no answer may be 500 or more; and the whole batch must leave every
 * table's row count and every topic's end offset as they were, while one valid request afterwards changes them
 * (so the comparison can fail). The report counts cases and answers per service and lists every case answered
 * otherwise, grouped by service and kind (also in {@code target/hostile-input-report.txt}).
 */
@ExtendWith(SharedPlatform.class)
class HostileInputIT {

    private static final List<String> SERVICES = List.of("registration", "visit", "attribution", "commission");
    private static final String REGISTRATION_CSV_HEADER =
            "registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SharedPlatform.Running running = SharedPlatform.running();
    private final Cases cases = new Cases(running.api().json());

    /** How one case was answered, and what was wrong with the answer (nothing: refused as it should be). */
    record Answer(HostileCase hostile, int status, String wrong) {
    }

    @Test
    void hostile_input_is_refused_with_a_problem_naming_the_field_and_leaves_nothing_behind() {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(WriteOperations.of(service, apiDocs(service)).stream()
                    // the servlet container's error page (deploy/inputs answers it); springdoc lists it with every
                    // method, but it is no endpoint of the service's own and stores nothing
                    .filter(operation -> !operation.path().equals("/error")).toList());
        }
        Matrix matrix = Matrix.read(RepositoryRoot.find().resolve("docs/security.md"));
        Fixture north = running.north();
        // the cases that rely on the fixture's state go first: a hostile case wrongly accepted may change that state
        // (an agreement moved to year -999999999 moves the statement's period)
        List<HostileCase> all = new ArrayList<>();
        List<HostileCase> rest = new ArrayList<>();
        Map<String, Integer> casesPerOperation = new LinkedHashMap<>();
        for (Operation operation : operations) {
            List<HostileCase> referential = Referential.of(operation, north, running.api().json());
            all.addAll(referential);
            List<HostileCase> ofOperation = new ArrayList<>(referential);
            for (Base base : bases(operation, matrix, north)) {
                if (base.body() instanceof Probes.Csv csv) {
                    ofOperation.addAll(cases.csv(base, csv.text()));
                } else if (base.body() instanceof Probes.Raw file) {
                    ofOperation.addAll(cases.file(base, file.content(), file.contentType()));
                } else {
                    ofOperation.addAll(cases.json(base));
                    if (operation.takesCsv()) {
                        // the CSV form of the history import names its project in the query
                        ofOperation.addAll(cases.csv(new Base(operation, base.path() + "?projectId=" + AccessCast.P1,
                                null, base.user()), registrationCsv()));
                    }
                }
            }
            casesPerOperation.put(operation.key(), ofOperation.size());
            rest.addAll(ofOperation.subList(referential.size(), ofOperation.size()));
        }
        all.addAll(rest);

        Ledger ledger = new Ledger(running.platform());
        Map<String, Long> before = ledger.settled();
        List<Answer> answers = all.stream().map(this::send).toList();
        Map<String, Long> after = ledger.settled();
        List<String> storedOrPublished = Ledger.changes(before, after);

        // the control: one valid request does change the counts, so the comparison above can fail
        Probe valid = Probes.ALL.get("POST /api/v1/registrations").apply(north);
        HttpResponse<String> control = send(new HostileCase.Request(valid.method(), valid.path(),
                AccessCast.user("CHANNEL_AGENT", NORTH), Map.of(), "application/json",
                () -> running.api().write(valid.body())), "registration");
        List<String> controlChanges = Ledger.changes(after, ledger.awaitChange(after, "topic:"));

        System.out.println(Report.of(answers, casesPerOperation, storedOrPublished, control.statusCode(),
                controlChanges, false));
        write(Path.of("target", "hostile-input-report.txt"), Report.of(answers, casesPerOperation,
                storedOrPublished, control.statusCode(), controlChanges, true));

        assertThat(casesPerOperation).as("write endpoints without cases (add a request for them to Probes)")
                .allSatisfy((operation, count) -> assertThat(count).as(operation).isPositive());
        assertThat(operations).as("write endpoints read from the OpenAPI documents").hasSizeGreaterThan(20);
        assertThat(control.statusCode()).as("the control request: " + control.body()).isEqualTo(201);
        assertThat(controlChanges).as("the control request changed the counted tables and topics")
                .anyMatch(change -> change.startsWith("topic:")).anyMatch(change -> !change.startsWith("topic:"));
        assertThat(answers.stream().filter(a -> a.status() >= 500).map(a -> a.hostile().title() + " -> "
                + a.status())).as("answers of 500 or more").isEmpty();
        assertThat(answers.stream().filter(a -> a.wrong() != null).map(a -> a.hostile().title() + ": " + a.wrong()))
                .as("cases not refused as they should be (see the report)").isEmpty();
        assertThat(storedOrPublished).as("stored or published by the hostile batch").isEmpty();
    }

    /** The access suite's valid requests that are instances of this operation, each with who may send it. */
    private static List<Base> bases(Operation operation, Matrix matrix, Fixture north) {
        List<Base> bases = new ArrayList<>();
        for (Map.Entry<String, Function<Fixture, Probe>> entry : Probes.ALL.entrySet()) {
            String[] key = entry.getKey().split(" ");
            if (!key[0].equals(operation.method()) || (key.length > 2 && !key[2].equals(operation.service()))
                    || !(key[1].equals(operation.path()) || operation.matches(key[1]))) {
                continue;
            }
            Matrix.Row row = matrix.rows().stream().filter(r -> r.service().equals(operation.service())
                    && r.method().equals(key[0]) && r.path().equals(key[1])).findFirst().orElse(null);
            if (row == null) {
                continue;
            }
            String role = matrix.roles().stream().filter(row::allows).findFirst().orElseThrow();
            Probe probe = entry.getValue().apply(north);
            bases.add(new Base(operation, probe.path(), enriched(operation, probe.body()),
                    AccessCast.user(role, NORTH)));
        }
        return bases;
    }

    /** A registration with a companion, so that the companion's fields are attacked too. */
    private static Object enriched(Operation operation, Object body) {
        if (operation.method().equals("POST") && operation.path().equals("/api/v1/registrations")
                && body instanceof Body registration) {
            Body copy = Body.of();
            copy.putAll(registration);
            return copy.with("companions", List.of(Body.of().with("surname", "李").with("maskedPhone", "139****0451")));
        }
        return body;
    }

    private static String registrationCsv() {
        return REGISTRATION_CSV_HEADER + "\n" + Instant.now().minus(Duration.ofDays(3)) + ",c1,AGENCY,c1-02,周,"
                + "136****7310\n";
    }

    private JsonNode apiDocs(String service) {
        HttpResponse<String> answer = send(new HostileCase.Request("GET", "/v3/api-docs",
                AccessCast.user("TENANT_ADMIN", NORTH), Map.of(), null, null), service);
        assertThat(answer.statusCode()).as(service + " /v3/api-docs").isEqualTo(200);
        try {
            return running.api().json().readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HostileCase hostile) {
        HttpResponse<String> answer;
        try {
            answer = send(hostile.request(), hostile.service());
        } catch (UncheckedIOException e) {
            return new Answer(hostile, -1, "no answer: " + e.getCause());
        }
        return new Answer(hostile, answer.statusCode(), Verdict.of(hostile, answer, running.api().json()));
    }

    private HttpResponse<String> send(HostileCase.Request request, String service) {
        String base = running.platform().serviceUrl(service).toString().replaceAll("/$", "");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + running.login().token(request.user()))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        request.headers().forEach(builder::header);
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", request.contentType());
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body().get()));
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
