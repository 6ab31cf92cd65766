package com.baobei.attribution.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.baobei.attribution.ServiceConfig;
import com.baobei.attribution.simulation.DryRun;
import com.baobei.attribution.simulation.SimulationEvents;
import com.baobei.attribution.support.BusyYear;
import com.baobei.attribution.support.TestEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.inputs.InputsConfiguration;
import com.baobei.platform.testing.TestTokens;
import com.baobei.security.ResourceServerConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 12 at the simulation: 200,000 events ran the service out of memory, and policies and events no real project
 * has were accepted or answered 500. The caps of ADR 0022, with the service's own input policy (deploy/inputs) in
 * front as in production.
 */
@WebMvcTest(SimulationController.class)
@Import(ServiceConfig.class)
@ImportAutoConfiguration({ResourceServerConfiguration.class, InputsConfiguration.class})
class SimulationLimitsTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + TestTokens.shared().publicKeyFile());
    }

    private static final TestEvents PROJECT = new TestEvents("t", "p");
    private static final String ADMIN = "Bearer " + TestTokens.shared().of("TENANT_ADMIN", "t");

    private static final String REGISTERED = """
            {"eventId": "e-1", "eventType": "registration.Registered.v1", "source": "registration-service",
             "tenantId": "t", "projectId": "p", "clientKey": "t:p:138****5678",
             "occurredAt": "2025-03-01T01:00:00Z", "recordedAt": "2025-03-01T01:00:00Z",
             "data": {"registrationId": "r-1", "channelId": "ch-a", "channelKind": "AGENCY", "agentId": "ag-1",
                      "clientSurname": "王", "maskedPhone": "138****5678", "intake": "API"}}""";

    @Autowired
    private MockMvc mvc;

    @Test
    void aSimulationOfTheLargestAllowedSizeIsAnswered() throws Exception {
        List<EventEnvelope> year = BusyYear.events(PROJECT, SimulationEvents.MAX_EVENTS);
        long registrations = year.stream()
                .filter(e -> e.data() instanceof com.baobei.contracts.registration.Registered).count();

        simulate(BusyYear.request(year)).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdicts.length()").value((int) registrations));
    }

    @Test
    void oneEventPastTheCapIsRefusedNamingEventsAndTheServiceStillAnswers() throws Exception {
        byte[] body = BusyYear.request(BusyYear.events(PROJECT, SimulationEvents.MAX_EVENTS + 1));

        simulate(body).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("events"))
                .andExpect(jsonPath("$.errors[0].field").value("events"));
        simulate(("{\"events\": [" + REGISTERED + "]}").getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
    }

    @Test
    void moreDealsThanAnyProjectsYearAreRefusedNamingEvents() throws Exception {
        byte[] body = BusyYear.request(BusyYear.purchases(PROJECT, SimulationEvents.MAX_PURCHASES + 1));

        simulate(body).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.field").value("events"));
    }

    @Test
    void aBodyOverTheSimulationsByteCapIsRefusedBeforeItIsRead() throws Exception {
        byte[] body = new byte[49 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');

        simulate(body).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theLargestAllowedSimulationFitsTheSimulationsByteCapWithRoomToSpare() {
        int bytes = BusyYear.request(BusyYear.events(PROJECT, SimulationEvents.MAX_EVENTS)).length;

        org.assertj.core.api.Assertions.assertThat(bytes).isLessThan(48 * 1024 * 1024 * 3 / 4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            protection of 2^31-1 days  | {"policy": {"protectionDays": 2147483647}, "events": []}             | policy.protectionDays
            a fixed offset as zone     | {"policy": {"zone": "UTC+18"}, "events": []}                        | policy.zone
            year 999999999             | {"policy": {"effectiveFrom": "+999999999-12-31"}, "events": []}     | policy.effectiveFrom
            year -999999999            | {"policy": [{"effectiveFrom": "-999999999-01-01"}], "events": []}   | policy[0].effectiveFrom
            a null unit type           | {"policy": {"excludedUnitTypes": [null]}, "events": []}             | policy.excludedUnitTypes
            a null version             | {"policy": [{}, null], "events": []}                                | policy[1]
            an event in year 999999999 | {"events": [REG_FAR_FUTURE]}                                        | events[0].occurredAt
            an event recorded in 1970  | {"events": [REG_EPOCH]}                                             | events[0].recordedAt
            a null event               | {"events": [REG, null]}                                             | events[1]
            a statement of 4001 chars  | {"events": [REG_LONG_SURNAME]}                                      | events[0].data.clientSurname
            """)
    void aValueNoRealProjectHasIsRefusedNamingTheField(String name, String body, String field) throws Exception {
        String request = body
                .replace("REG_FAR_FUTURE", REGISTERED.replace("\"occurredAt\": \"2025-03-01T01:00:00Z\"",
                        "\"occurredAt\": \"+999999999-12-31T00:00:00Z\""))
                .replace("REG_EPOCH", REGISTERED.replace("\"recordedAt\": \"2025-03-01T01:00:00Z\"",
                        "\"recordedAt\": \"1970-01-01T00:00:00Z\""))
                .replace("REG_LONG_SURNAME", REGISTERED.replace("\"clientSurname\": \"王\"",
                        "\"clientSurname\": \"" + "王".repeat(SimulationEvents.MAX_TEXT + 1) + "\""))
                .replace("REG", REGISTERED);
        simulate(request.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void moreThanAHundredPolicyVersionsAreRefused() throws Exception {
        String versions = String.join(",", java.util.Collections.nCopies(DryRun.MAX_POLICY_VERSIONS + 1, "{}"));
        simulate(("{\"policy\": [" + versions + "], \"events\": []}").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("policy"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in the surname                | "clientSurname": "王13812345678"        | events[0].data.clientSurname
            with spaces, full width       | "clientSurname": "王１３８ １２３４ ５６７８" | events[0].data.clientSurname
            where the masked one belongs  | "maskedPhone": "13812345678"           | events[0].data.maskedPhone
            """)
    void aFullNumberInAnyTextIsRefusedWith422NamingTheField(String name, String field, String path) throws Exception {
        String key = field.substring(0, field.indexOf(':'));
        String event = REGISTERED.replaceFirst(key + ": \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(field));
        simulate(("{\"events\": [" + event + "]}").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(path))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("12345678"))));
    }

    private ResultActions simulate(byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/simulations").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static List<EventEnvelope> busyYear(int count) {
        return BusyYear.events(PROJECT, count);
    }
}
