package com.baobei.attribution.simulation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads a simulation's "events" array one element at a time: each event's tree lives only until it is decoded,
 * and the count is checked as it goes, so an oversized request is refused without being held in memory.
 */
public final class SimulationEventsReader extends JsonDeserializer<SimulationEvents> {

    @Override
    public SimulationEvents deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return (SimulationEvents) ctxt.handleUnexpectedToken(SimulationEvents.class, p);
        }
        SimulationEvents events = new SimulationEvents();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode event = ctxt.readTree(p);
            events.add(event);
        }
        return events;
    }
}
