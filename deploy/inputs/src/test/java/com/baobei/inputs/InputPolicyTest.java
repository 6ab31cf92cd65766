package com.baobei.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy as a caller meets it, on a real Tomcat: what a hostile request gets back, and that the service
 * still answers the next one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "baobei.inputs.max-body=1KB", "baobei.inputs.large-bodies[/large]=64KB"})
class InputPolicyTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() throws Exception {
        HttpResponse<String> answer = post("/echo", "{\"name\":\"王\",\"note\":{\"text\":\"a\",\"text\":\"b\"}}");
        assertProblem(answer, 400, "note.text");
    }

    @Test
    void aControlCharacterIsRefusedWhereverItIs() throws Exception {
        assertProblem(post("/echo", "{\"name\":\"王\\u0000\"}"), 400, "name");
        assertProblem(post("/echo", "{\"name\":\"王\",\"items\":[\"a\",\"b\\u202Ec\"]}"), 400, "items[1]");
        assertThat(post("/echo", "{\"name\":\"王\",\"note\":{\"text\":\"line one\\nline two\"}}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void textIsNormalisedBeforeAnyCheckSeesIt() throws Exception {
        HttpResponse<String> answer = post("/echo", "{\"name\":\"王１３８\",\"items\":[\"ＡＢＣ\"]}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("name").asText()).isEqualTo("王138");
        assertThat(json.readTree(answer.body()).get("items").get(0).asText()).isEqualTo("ABC");
    }

    @Test
    void aBodyPastItsCapIsRefusedBeforeOrWhileItIsRead() throws Exception {
        String big = "{\"name\":\"" + "王".repeat(2000) + "\"}";
        assertProblem(post("/echo", big), 413, "body");
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, 413, "body");
        assertThat(post("/large", big).statusCode()).isEqualTo(200);
        assertThat(post("/echo", "{\"name\":\"王\"}").statusCode()).isEqualTo(200);
    }

    /**
     * A caller that sends its whole oversized body before reading reads the 413 too: the service reads and drops
     * the rest of the body before closing. Closing with most of it unread would reset the connection, and the
     * caller would lose the answer (a flaky "no bytes" in the hostile-input suite).
     */
    @Test
    void aCallerStillSendingAnOversizedBodyGetsItsAnswer() throws Exception {
        for (int round = 0; round < 3; round++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                byte[] body = new byte[16 * 1024 * 1024];
                java.util.Arrays.fill(body, (byte) 'x');
                OutputStream out = socket.getOutputStream();
                out.write(("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 413").contains("\"field\":\"body\"");
            }
        }
    }

    @Test
    void aQueryParameterWithAControlCharacterIsRefusedNamingIt() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/ping?from=a%00b")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(answer, 400, "from");
    }

    @Test
    void anOversizedHeaderBlockIsAProblemNotAnHtmlPage() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/ping"))
                .header("X-Padding", "x".repeat(60 * 1024)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(answer, 431, "headers");
        HttpResponse<String> huge = http.send(HttpRequest.newBuilder(uri("/ping"))
                .header("X-Padding", "x".repeat(200 * 1024)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(huge.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problems.PROBLEM_JSON));
        assertThat(huge.body()).contains("\"errors\"").doesNotContainIgnoringCase("<html");
    }

    @Test
    void whatTomcatRefusesOnItsOwnIsAProblemToo() throws Exception {
        for (String path : List.of("/echo/a%2Fb", "/echo/a%00b", "/%c0%ae%c0%ae/x")) {
            String raw = rawRequest("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(raw).as(path).startsWith("HTTP/1.1 4");
            assertThat(raw).as(path).containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"errors\"").doesNotContainIgnoringCase("<html").doesNotContain("Tomcat");
        }
        assertProblem(http.send(HttpRequest.newBuilder(uri("/nowhere")).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 404, "path");
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfterAtOnce() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/write")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertProblem(answer, 503, "database");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        // what a caller waits is the pool's connection timeout (1.5 s in every service's application.yml); printed,
        // not asserted to the millisecond (a loaded machine adds to it): the bound below only catches a hang, as the
        // 30 s the issue saw
        System.out.printf("An unreachable database answered 503 in %d ms%n", took.toMillis());
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    private void assertProblem(HttpResponse<String> answer, int status, String field) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problems.PROBLEM_JSON));
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("com.baobei");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** No component scan: the module's own beans come from its auto-configuration, as in a service. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
    @Import(Endpoints.class)
    static class App {
    }

    record Note(String text) {
    }

    record Echo(String name, List<String> items, Note note) {
    }

    @RestController
    static class Endpoints {

        private final TransactionTemplate transaction;

        Endpoints(@Value("${test.unreachable-port:1}") int closedPort) {
            HikariDataSource database = new HikariDataSource();
            database.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing");
            database.setConnectionTimeout(1500);
            database.setInitializationFailTimeout(-1);
            this.transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        }

        @PostMapping("/echo")
        Echo echo(@RequestBody Echo echo) {
            return echo;
        }

        @PostMapping("/large")
        Echo large(@RequestBody Echo echo) {
            return echo;
        }

        @GetMapping("/ping")
        String ping() {
            return "pong";
        }

        @GetMapping("/write")
        String write() {
            return transaction.execute(status -> "stored");
        }
    }
}
