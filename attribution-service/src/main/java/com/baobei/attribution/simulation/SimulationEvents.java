package com.baobei.attribution.simulation;

import com.baobei.attribution.intake.EventDecoder;
import com.baobei.attribution.intake.InvalidEventException;
import com.baobei.attribution.intake.FullPhones;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.visit.Purchased;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulation's events, decoded one by one as they are read (SimulationEventsReader): only the decoded facts are
 * kept, never the whole request as a JSON tree, and counting stops the read at the cap (ADR 0022).
 */
public final class SimulationEvents {

    /**
     * A busy project's year with room to spare: 40,000 registrations, their visits and purchases. Decoded, such a
     * run needs well under the service's heap (SimulationMemoryTest); 200,000 events ran it out of memory.
     */
    public static final int MAX_EVENTS = 50_000;
    /** The deals among them (Purchased): a year of a project selling 10,000 units is beyond any real one. */
    public static final int MAX_PURCHASES = 10_000;
    /** Any one text of an event (a statement, a rationale): longer is not text a person typed. */
    public static final int MAX_TEXT = 4_000;
    /** Enough to fix a request; a thousand bad events need not be listed one by one. */
    static final int MAX_PROBLEMS = 20;

    private final List<EventEnvelope> decoded = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<FieldProblem> personalData = new ArrayList<>();
    private int count;
    private int purchases;

    public static SimulationEvents of(List<JsonNode> events) {
        SimulationEvents read = new SimulationEvents();
        events.forEach(read::add);
        return read;
    }

    /** Reads the next event; past a cap, refuses the whole request before anything more is read. */
    public void add(JsonNode event) {
        int index = count++;
        if (count > MAX_EVENTS) {
            throw new SimulationTooLargeException("events", "at most " + MAX_EVENTS + " events in one simulation");
        }
        if (problems.size() + personalData.size() >= MAX_PROBLEMS) {
            return;
        }
        String at = "events[" + index + "]";
        try {
            if (event == null || event.isNull()) {
                throw new InvalidEventException("", "an event is a JSON object", null);
            }
            String tooLong = tooLong(event, "");
            if (tooLong != null) {
                throw new InvalidEventException(tooLong, "at most " + MAX_TEXT + " characters", null);
            }
            String phone = FullPhones.firstFullPhone(event);
            if (phone != null) {
                personalData.add(new FieldProblem(FieldProblem.join(at, phone),
                        "holds a full mobile number; only the masked form (138****5678) may be given (ID-4)"));
            }
            EventEnvelope envelope = EventDecoder.decode(event);
            if (envelope.data() instanceof Purchased && ++purchases > MAX_PURCHASES) {
                throw new SimulationTooLargeException("events",
                        "at most " + MAX_PURCHASES + " purchases (Purchased events) in one simulation");
            }
            decoded.add(envelope);
        } catch (InvalidEventException e) {
            problems.add(new FieldProblem(FieldProblem.join(at, e.field()), e.reason()));
        }
    }

    public List<EventEnvelope> decoded() {
        return decoded;
    }

    /** Malformed events (400). */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Well-formed events that carry a full number (422): refused, as a consumer would have to redact them. */
    public List<FieldProblem> personalData() {
        return personalData;
    }

    private static String tooLong(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue().length() > MAX_TEXT ? path : null;
        }
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                String found = tooLong(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = tooLong(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
