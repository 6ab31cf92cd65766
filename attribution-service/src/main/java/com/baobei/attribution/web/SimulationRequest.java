package com.baobei.attribution.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A dry run: events in the published JSON contract and, optionally, the policy to judge them
 * under. Kept as JSON trees so that a bad event is reported by its index and field.
 */
@Schema(description = "Events of one project in the published JSON contract, and the policy to fold them under")
public record SimulationRequest(
        @Schema(description = "Optional. Absent: the rulebook defaults. An object: one version (fields as in PUT policy; "
                + "omitted ones take the defaults; effectiveFrom defaults to 2000-01-01). An array: several versions, "
                + "e.g. the versions GET policy returns.", implementation = Object.class)
        JsonNode policy,
        @ArraySchema(arraySchema = @Schema(description = "Event envelopes exactly as published on the producer topics, "
                + "in any order"), schema = @Schema(implementation = Object.class))
        List<JsonNode> events) {
}
