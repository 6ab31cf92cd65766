package com.baobei.attribution.web;

import com.baobei.attribution.simulation.DryRun;
import com.baobei.attribution.simulation.SimulationEvents;
import com.baobei.attribution.simulation.SimulationEventsReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A dry run: events in the published JSON contract and, optionally, the policy to judge them
 * under. The policy is kept as a JSON tree and each event decoded as it is read, so that a bad event is reported
 * by its index and field and a large request is never held whole (ADR 0022).
 */
@Schema(description = "Events of one project in the published JSON contract, and the policy to fold them under")
public record SimulationRequest(
        @Schema(description = "Optional. Absent: the rulebook defaults. An object: one version (fields as in PUT policy; "
                + "omitted ones take the defaults; effectiveFrom defaults to 2000-01-01). An array: several versions, "
                + "e.g. the versions GET policy returns (at most " + DryRun.MAX_POLICY_VERSIONS + ").", implementation = Object.class)
        JsonNode policy,
        @ArraySchema(arraySchema = @Schema(description = "Event envelopes exactly as published on the producer topics, "
                + "in any order. At most " + SimulationEvents.MAX_EVENTS + " events (413 past it), of which at most "
                + SimulationEvents.MAX_PURCHASES + " Purchased; any text at most " + SimulationEvents.MAX_TEXT
                + " characters; no full mobile number in any text (422, ID-4)"),
                schema = @Schema(implementation = Object.class), maxItems = SimulationEvents.MAX_EVENTS)
        @JsonDeserialize(using = SimulationEventsReader.class)
        SimulationEvents events) {
}
