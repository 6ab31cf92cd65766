package com.baobei.e2e.hostile;

import static com.baobei.e2e.access.AccessCast.NORTH;
import static com.baobei.e2e.access.AccessCast.P1;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.e2e.SharedPlatform;
import com.baobei.e2e.access.AccessCast;
import com.baobei.platform.PlatformConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: {@code POST /api/v1/simulations} with 200,000 events (87 MB) once ran the attribution service out of
 * memory and the process died. Against the real service, with the heap the platform gives every service: the largest
 * simulation ADR 0022 allows is answered, the issue's request and one event past the cap are refused with 413
 * naming {@code events}, and the same process is still there and still answers. The service's memory (its resident
 * peak, from {@code /proc}) is printed before and after, beside the heap cap it runs under; no timing is asserted.
 */
@ExtendWith(SharedPlatform.class)
class SimulationMemoryIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SharedPlatform.Running running = SharedPlatform.running();

    @Test
    void the_largest_allowed_simulation_is_answered_and_larger_ones_are_refused_without_harm() throws Exception {
        long pid = running.platform().pid("attribution");
        int restartsBefore = running.platform().restarts().size();
        ProcessMemory before = ProcessMemory.of(pid);

        byte[] largest = BusyYearJson.request(NORTH, P1, BusyYearJson.MAX_EVENTS);
        Answer allowed = simulate(largest);
        ProcessMemory afterLargest = ProcessMemory.of(pid);

        Answer issueSized = simulate(BusyYearJson.request(NORTH, P1, 200_000));
        Answer onePast = simulate(BusyYearJson.request(NORTH, P1, BusyYearJson.MAX_EVENTS + 1));
        Answer small = simulate(BusyYearJson.request(NORTH, P1, 30));
        ProcessMemory after = ProcessMemory.of(pid);

        System.out.printf("""
                        Simulation memory (attribution service, pid %d, JVM options %s):
                          before:                            resident %s
                          largest allowed, %,d events (%s): HTTP %d in %d ms, %d verdicts; resident %s
                          the issue's 200,000 events (%s):   HTTP %d in %d ms, field %s
                          %,d events (%s):                  HTTP %d in %d ms, field %s
                          a small one afterwards:            HTTP %d; resident %s; restarts %d -> %d
                        """, pid, PlatformConfig.QUICK_START_SERVICE_JVM_OPTIONS, before,
                BusyYearJson.MAX_EVENTS, megabytes(largest.length), allowed.status(), allowed.millis(),
                allowed.body().path("verdicts").size(), afterLargest,
                megabytes(issueSized.bytes()), issueSized.status(), issueSized.millis(), issueSized.field(),
                BusyYearJson.MAX_EVENTS + 1, megabytes(onePast.bytes()), onePast.status(), onePast.millis(),
                onePast.field(), small.status(), after, restartsBefore, running.platform().restarts().size());

        assertThat(allowed.status()).as("the largest allowed simulation: %s", allowed.body()).isEqualTo(200);
        assertThat(allowed.body().path("verdicts").size()).as("a verdict per registration")
                .isEqualTo(BusyYearJson.registrations(BusyYearJson.MAX_EVENTS));
        assertThat(issueSized.status()).as("the issue's 87 MB request").isEqualTo(413);
        assertThat(issueSized.field()).as("the problem: %s", issueSized.body()).isEqualTo("body");
        assertThat(onePast.status()).as("one event past the cap").isEqualTo(413);
        assertThat(onePast.field()).isEqualTo("events");
        assertThat(small.status()).as("a small simulation afterwards").isEqualTo(200);
        assertThat(running.platform().pid("attribution")).as("the same attribution process").isEqualTo(pid);
        assertThat(running.platform().restarts()).as("restarts").hasSize(restartsBefore);
    }

    record Answer(int bytes, int status, long millis, JsonNode body) {

        String field() {
            return body.path("errors").path(0).path("field").asText("(none)");
        }
    }

    private Answer simulate(byte[] body) throws IOException, InterruptedException {
        URI uri = URI.create(running.platform().serviceUrl("attribution").toString().replaceAll("/$", "")
                + "/api/v1/simulations");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + running.login().token(AccessCast.user("TENANT_ADMIN", NORTH)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException refusedMidBody) {
            // the server may answer 413 and close before the client has sent all of a large body
            throw new AssertionError("no answer to a simulation of " + megabytes(body.length), refusedMidBody);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonNode json = running.api().json().readTree(response.body().isEmpty() ? "{}" : response.body());
        return new Answer(body.length, response.statusCode(), millis, json);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
