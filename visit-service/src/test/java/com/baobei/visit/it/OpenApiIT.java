package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The OpenAPI document describes every endpoint and its errors, and readiness reports DB and Kafka.
 * Same context as {@link VisitPublishingIT}: two contexts on one database in one JVM would run two
 * publishers under the same token owner name, and both would publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class OpenApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyEndpointAndItsErrorsAreDocumented() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class)).path("paths");
        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "/api/v1/visits", "/api/v1/visits/{visitId}", "/api/v1/visits/{visitId}/form",
                "/api/v1/projects/{projectId}/rotation/{date}", "/api/v1/projects/{projectId}/rotation/{date}/declined",
                "/api/v1/purchases", "/api/v1/purchases/{purchaseId}", "/api/v1/purchases/{purchaseId}/cancellation",
                "/api/v1/disputes/{disputeId}/rulings");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey() + " " + path.getKey();
                assertThat(op.getValue().path("summary").asText()).as(name + " summary").isNotBlank();
                assertThat(op.getValue().path("responses").has("403")).as(name + " 403").isTrue();
                if (!op.getKey().equals("get")) {
                    assertThat(op.getValue().path("responses").has("400")).as(name + " 400").isTrue();
                }
            }
        }
        assertThat(http.getForObject("/swagger-ui.html", String.class)).isNotNull();
    }

    @Test
    void readinessNeedsTheDatabaseAndTheBroker() throws Exception {
        JsonNode readiness = new ObjectMapper().readTree(http.getForObject("/actuator/health/readiness", String.class));
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
    }
}
