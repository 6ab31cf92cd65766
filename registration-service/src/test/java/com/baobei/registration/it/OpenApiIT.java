package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.UsesRealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The OpenAPI document describes every endpoint and its errors, and readiness reports DB and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class OpenApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyEndpointAndItsErrorsAreDocumented() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
        JsonNode paths = doc.path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/v1/registrations", "/api/v1/registrations/{registrationId}",
                "/api/v1/registrations/imports", "/api/v1/disputes");
        for (String path : new String[] {"/api/v1/registrations", "/api/v1/registrations/imports", "/api/v1/disputes"}) {
            JsonNode responses = paths.path(path).path("post").path("responses");
            assertThat(responses.has("201")).as(path + " 201").isTrue();
            assertThat(responses.has("400")).as(path + " 400").isTrue();
            assertThat(responses.has("403")).as(path + " 403").isTrue();
        }
        assertThat(http.getForObject("/swagger-ui.html", String.class)).isNotNull();
    }

    @Test
    void readinessNeedsTheDatabaseAndTheBroker() throws Exception {
        JsonNode readiness = new ObjectMapper().readTree(
                http.getForObject("/actuator/health/readiness", String.class));
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
    }
}
