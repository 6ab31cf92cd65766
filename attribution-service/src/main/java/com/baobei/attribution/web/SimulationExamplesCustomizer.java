package com.baobei.attribution.web;

import com.baobei.attribution.simulation.DryRun;
import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The response example of each rule family is what the fold answers to its request example,
 * computed when the document is built, so the documented answer can never drift from the rules.
 */
@Component
public class SimulationExamplesCustomizer implements OpenApiCustomizer {

    private static final Map<String, String> REQUESTS = Map.of(
            "REG", SimulationExamples.REG, "VIS", SimulationExamples.VIS,
            "PUR", SimulationExamples.PUR, "DSP", SimulationExamples.DSP);

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        var path = openApi.getPaths() == null ? null : openApi.getPaths().get("/api/v1/simulations");
        if (path == null || path.getPost() == null || path.getPost().getResponses() == null) {
            return;
        }
        ApiResponse ok = path.getPost().getResponses().get("200");
        if (ok == null || ok.getContent() == null || ok.getContent().get("application/json") == null) {
            return;
        }
        MediaType json = ok.getContent().get("application/json");
        for (String family : new ArrayList<>(List.of("REG", "VIS", "PUR", "DSP"))) {
            json.addExamples(family, new Example().summary("what the fold answers to the " + family + " request")
                    .value(answer(REQUESTS.get(family))));
        }
    }

    private static JsonNode answer(String request) {
        try {
            JsonNode body = EventJson.mapper().readTree(request);
            List<JsonNode> events = new ArrayList<>();
            body.path("events").forEach(events::add);
            return EventJson.mapper().valueToTree(DryRun.run(body.get("policy"), events));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a simulation example is not JSON", e);
        }
    }
}
