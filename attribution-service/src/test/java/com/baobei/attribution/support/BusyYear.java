package com.baobei.attribution.support;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.UnitType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A busy project's year as a simulation request: each client registered by one of forty channels, visiting two hours
 * later with the form signed, and every fifth one buying. Sized by the number of events, for ADR 0022's caps.
 */
public final class BusyYear {

    private static final Instant NEW_YEAR = Instant.parse("2025-01-01T01:00:00Z");

    private BusyYear() {
    }

    public static List<EventEnvelope> events(TestEvents project, int count) {
        List<EventEnvelope> events = new ArrayList<>(count);
        int clients = Math.max(1, count * 5 / 11);
        Duration step = Duration.ofDays(365).dividedBy(clients);
        for (int i = 0; events.size() < count; i++) {
            String phone = "1" + (3 + i % 7) + (i / 7 % 10) + "****" + String.format("%04d", i / 70 % 10_000);
            String surname = "王李张刘陈杨黄赵".substring(i % 8, i % 8 + 1);
            Instant at = NEW_YEAR.plus(step.multipliedBy(i));
            events.add(project.registered("r-" + i, "ch-" + (i % 40), surname, phone, at));
            if (events.size() < count) {
                events.add(project.visited("v-" + i, surname, phone, "r-" + i, at.plus(Duration.ofHours(2))));
            }
            if (i % 5 == 0 && events.size() < count) {
                events.add(project.purchased("u-" + i, UnitType.RESIDENTIAL, "1200000", surname, phone,
                        at.plus(Duration.ofDays(3))));
            }
        }
        return events;
    }

    /** Only deals: for the cap on purchases. */
    public static List<EventEnvelope> purchases(TestEvents project, int count) {
        List<EventEnvelope> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String phone = "1" + (3 + i % 7) + (i / 7 % 10) + "****" + String.format("%04d", i / 70 % 10_000);
            events.add(project.purchased("u-" + i, UnitType.RESIDENTIAL, "1200000", "王", phone,
                    NEW_YEAR.plus(Duration.ofMinutes(30L * i))));
        }
        return events;
    }

    /** The request body: {"events": [...]}, in the published JSON. */
    public static byte[] request(List<EventEnvelope> events) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        ArrayNode list = body.putArray("events");
        events.forEach(event -> list.add(EventJson.mapper().valueToTree(event)));
        try {
            return EventJson.mapper().writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
