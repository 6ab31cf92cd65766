package com.baobei.platform;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Stands in for a service in the launcher's test: reads the same environment variables, reaches its database, the
 * broker and the identity provider's discovery document, then answers the readiness probe the way Spring Boot does.
 */
public final class StandInService {

    private StandInService() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        try (Connection connection = DriverManager.getConnection(env.get("SPRING_DATASOURCE_URL"),
                env.get("SPRING_DATASOURCE_USERNAME"), env.get("SPRING_DATASOURCE_PASSWORD"))) {
            connection.createStatement().execute("select 1");
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")))) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
        if (!"1".equals(env.get("BAOBEI_TOPIC_REPLICATION_FACTOR"))) {
            throw new IllegalStateException("expected replication factor 1");
        }
        // as a service's issuer-uri discovery does: the identity provider is up before any service starts
        String issuer = env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (discovery.statusCode() != 200 || !discovery.body().contains("\"issuer\":\"" + issuer + "\"")) {
            throw new IllegalStateException("no discovery document naming " + issuer + ": " + discovery.statusCode());
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(env.get("SERVER_PORT"))), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
