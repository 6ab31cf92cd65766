package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
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
 * no identity header; it is itself behind a token. Readiness reports DB and Kafka without one. Same context as
 * {@link VisitPublishingIT}: two contexts on one database in one JVM would run two publishers under the same token
 * owner name, and both would publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class OpenApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyEndpointAndItsErrorsAreDocumented() throws Exception {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> docs = read("/v3/api-docs");
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(docs.getBody());
        JsonNode paths = api.path("paths");
        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "/api/v1/visits", "/api/v1/visits/{visitId}", "/api/v1/visits/{visitId}/form",
                "/api/v1/projects/{projectId}/rotation/{date}", "/api/v1/projects/{projectId}/rotation/{date}/declined",
                "/api/v1/purchases", "/api/v1/purchases/{purchaseId}", "/api/v1/purchases/{purchaseId}/cancellation",
                "/api/v1/disputes/{disputeId}/rulings", "/api/v1/projects/{projectId}/call-rota/{date}",
                "/api/v1/projects/{projectId}/calls", "/api/v1/projects/{projectId}/routing",
                "/api/v1/tenants/{tenantId}/erasures", "/api/v1/tenants/{tenantId}/retention");
        assertThat(api.path("components").path("securitySchemes").path("bearer-jwt").path("scheme").asText())
                .isEqualTo("bearer");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey() + " " + path.getKey();
                assertThat(op.getValue().path("summary").asText()).as(name + " summary").isNotBlank();
                assertThat(op.getValue().path("responses").has("401")).as(name + " 401").isTrue();
                assertThat(op.getValue().path("responses").has("403")).as(name + " 403").isTrue();
                if (!op.getKey().equals("get")) {
                    assertThat(op.getValue().path("responses").has("400")).as(name + " 400").isTrue();
                }
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    assertThat(parameter.path("name").asText()).as(name + " parameters")
                            .isNotIn("X-Actor", "X-Role", "caller", "Caller");
                }
            }
        }
        assertThat(read("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void readinessNeedsTheDatabaseAndTheBrokerButNoToken() throws Exception {
        JsonNode readiness = new ObjectMapper().readTree(http.getForObject("/actuator/health/readiness", String.class));
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
    }

    private ResponseEntity<String> read(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.shared().office("CONSULTANT", "cs-docs", VisitPublishingIT.TENANT));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
