package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document describes every endpoint and its errors, 401 and 403 included, names the bearer scheme and
 * no identity headers; readiness reports DB and Kafka and needs no token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class OpenApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyEndpointAndItsErrorsAreDocumented() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(get("/v3/api-docs").getBody());
        JsonNode paths = doc.path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/v1/registrations", "/api/v1/registrations/{registrationId}",
                "/api/v1/registrations/imports", "/api/v1/disputes", "/api/v1/evidence", "/api/v1/evidence/{evidenceId}");
        for (String path : new String[] {"/api/v1/registrations", "/api/v1/registrations/imports", "/api/v1/disputes"}) {
            JsonNode responses = paths.path(path).path("post").path("responses");
            assertThat(responses.has("201")).as(path + " 201").isTrue();
            assertThat(responses.has("400")).as(path + " 400").isTrue();
        }
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                assertThat(responses.has("401")).as(name + " 401").isTrue();
                assertThat(responses.has("403")).as(name + " 403").isTrue();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    assertThat(parameter.path("name").asText()).as(name + " parameter")
                            .isNotIn("X-Actor", "X-Role", "caller");
                }
                operations++;
            }
        }
        // registrations 3, imports 1 and their log 1 (ADR 0019), disputes 1, evidence files 2 (ADR 0030); master
        // data: 5 PUTs, 5 GETs, 1 import (ADR 0014)
        assertThat(operations).isEqualTo(19);
        assertThat(doc.path("components").path("securitySchemes").path("bearer-jwt").path("scheme").asText())
                .isEqualTo("bearer");
        int swaggerUi = get("/swagger-ui.html").getStatusCode().value();
        assertThat(swaggerUi).as("swagger-ui.html with a token").isBetween(200, 399);
    }

    @Test
    void theDocumentNeedsATokenToo() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void readinessNeedsTheDatabaseAndTheBrokerButNoToken() throws Exception {
        JsonNode readiness = new ObjectMapper().readTree(
                http.getForObject("/actuator/health/readiness", String.class));
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
    }

    private ResponseEntity<String> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.shared().of("TENANT_ADMIN", "t-it"));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
