package com.baobei.attribution.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.baobei.attribution.ServiceConfig;
import com.baobei.platform.testing.TestTokens;
import com.baobei.security.ResourceServerConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dry run's contract at the HTTP edge: the examples fold, bad input is a 400 naming index and field. Asked by a
 * tenant admin of the events' tenant with a real token (who else may ask: AccessIT).
 */
@WebMvcTest(SimulationController.class)
@Import(ServiceConfig.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
class SimulationControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + TestTokens.shared().publicKeyFile());
    }

    /** The examples' tenant is t-demo, the malformed requests' t. */
    private static final String DEMO_ADMIN = "Bearer " + TestTokens.shared().of("TENANT_ADMIN", "t-demo");
    private static final String ADMIN = "Bearer " + TestTokens.shared().of("TENANT_ADMIN", "t");

    private static final String REGISTERED = """
            {"eventId": "e-1", "eventType": "registration.Registered.v1", "source": "registration-service",
             "tenantId": "t", "projectId": "p", "clientKey": "t:p:138****5678",
             "occurredAt": "2025-03-01T01:00:00Z", "recordedAt": "2025-03-01T01:00:00Z",
             "data": {"registrationId": "r-1", "channelId": "ch-a", "channelKind": "AGENCY", "agentId": "ag-1",
                      "clientSurname": "王", "maskedPhone": "138****5678", "intake": "API"}}""";

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"REG", "VIS", "PUR", "DSP"})
    void everyDocumentedExampleFolds(String family) throws Exception {
        String example = (String) SimulationExamples.class.getField(family).get(null);
        mvc.perform(post("/api/v1/simulations").header(HttpHeaders.AUTHORIZATION, DEMO_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(example))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdicts").isArray())
                .andExpect(jsonPath("$.clients").isArray())
                .andExpect(jsonPath("$.purchases").isArray())
                .andExpect(jsonPath("$.disputes").isArray());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown event type      | {"events": [REG, {"eventType": "visit.Teleported.v1", "data": {}}]}          | events[1].eventType
            event not an object     | {"events": [REG, 42]}                                                       | events[1]
            missing data            | {"events": [{"eventType": "visit.Visited.v1"}]}                             | events[0].data
            missing identity        | {"events": [REG_NO_ID]}                                                     | events[0].data.registrationId
            unknown field in data   | {"events": [REG_EXTRA]}                                                     | events[0].data.favouriteColour
            bad business time       | {"events": [REG_BAD_TIME]}                                                  | events[0].occurredAt
            missing tenant          | {"events": [REG_NO_TENANT]}                                                 | events[0].tenantId
            tenant id with a colon  | {"events": [REG_COLON_TENANT]}                                              | events[0].tenantId
            project id with a colon | {"events": [REG_COLON_PROJECT]}                                             | events[0].projectId
            wrong source            | {"events": [REG_WRONG_SOURCE]}                                              | events[0].source
            an output as input      | {"events": [{"eventType": "attribution.RegistrationVerdict.v1", "data": {}}]} | events[0].eventType
            two projects            | {"events": [REG, REG_OTHER_PROJECT]}                                        | events[1].projectId
            no events               | {"policy": {}}                                                              | events
            bad policy value        | {"policy": {"leadTimeMinutes": -1}, "events": []}                           | policy.leadTimeMinutes
            bad policy version      | {"policy": [{}, {"protectionDays": 0}], "events": []}                       | policy[1].protectionDays
            unknown policy field    | {"policy": {"leadTime": 5}, "events": []}                                   | policy.leadTime
            policy of wrong shape   | {"policy": 5, "events": []}                                                 | policy
            unknown top-level field | {"events": [], "tenant": "x"}                                               | tenant
            """)
    void malformedInputIsRefusedNamingTheField(String name, String body, String field) throws Exception {
        String request = body
                .replace("REG_NO_ID", REGISTERED.replace("\"registrationId\": \"r-1\", ", ""))
                .replace("REG_EXTRA", REGISTERED.replace("\"intake\": \"API\"", "\"intake\": \"API\", \"favouriteColour\": \"red\""))
                .replace("REG_BAD_TIME", REGISTERED.replace("\"occurredAt\": \"2025-03-01T01:00:00Z\"", "\"occurredAt\": \"yesterday\""))
                .replace("REG_NO_TENANT", REGISTERED.replace("\"tenantId\": \"t\", ", ""))
                .replace("REG_COLON_TENANT", REGISTERED.replace("\"tenantId\": \"t\"", "\"tenantId\": \"t:p\""))
                .replace("REG_COLON_PROJECT", REGISTERED.replace("\"projectId\": \"p\"", "\"projectId\": \"p:x\""))
                .replace("REG_WRONG_SOURCE", REGISTERED.replace("\"source\": \"registration-service\"", "\"source\": \"visit-service\""))
                .replace("REG_OTHER_PROJECT", REGISTERED.replace("\"projectId\": \"p\"", "\"projectId\": \"q\"")
                        .replace("t:p:", "t:q:").replace("e-1", "e-2"))
                .replace("REG", REGISTERED);
        mvc.perform(post("/api/v1/simulations").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.status").value(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]"})
    void aBodyThatIsNoRequestIsRefused(String body) throws Exception {
        mvc.perform(post("/api/v1/simulations").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
