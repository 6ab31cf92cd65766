package com.baobei.e2e.hostile;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Ids;
import com.baobei.contracts.Phones;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A busy project's year as a simulation request, in the published JSON: each client registered by one of forty
 * channels, visiting two hours later with the form signed, every fifth one buying. Sized by its number of events,
 * for the caps of ADR 0022 (at most 50,000 events).
 */
final class BusyYearJson {

    static final int MAX_EVENTS = 50_000;
    private static final Instant NEW_YEAR = Instant.parse("2025-01-01T01:00:00Z");
    private static final String SECRET = "simulation-memory-test";

    private BusyYearJson() {
    }

    /** How many of {@code count} events are registrations. */
    static int registrations(int count) {
        int registrations = 0;
        int events = 0;
        for (int i = 0; events < count; i++) {
            registrations++;
            events += i % 5 == 0 ? 3 : 2;
        }
        return registrations;
    }

    static byte[] request(String tenant, String project, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 600);
        try (JsonGenerator json = EventJson.mapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("events");
            int clients = Math.max(1, count * 5 / 11);
            Duration step = Duration.ofDays(365).dividedBy(clients);
            int written = 0;
            for (int i = 0; written < count; i++) {
                // unique for every i below 700,000: (i mod 7, i/7 mod 10, i/70)
                String phone = "1" + (3 + i % 7) + (i / 7 % 10) + "****" + String.format("%04d", i / 70 % 10_000);
                String surname = "王李张刘陈杨黄赵".substring(i % 8, i % 8 + 1);
                String hash = Phones.keyedHash(SECRET, phone.replace("****", "0000"));
                Instant at = NEW_YEAR.plus(step.multipliedBy(i));
                String registrationId = Ids.newId();
                List<EventData> client = new java.util.ArrayList<>(3);
                client.add(new Registered(registrationId, "c" + (i % 40), Registered.ChannelKind.AGENCY,
                        "ag-" + (i % 40), surname, phone, null, List.of(), Registered.Intake.API, null));
                client.add(new Visited(Ids.newId(), Visited.Kind.CLIENT, surname, phone, hash, "cs-1", registrationId,
                        new VisitForm("ag-sig", "cs-sig", "sm-sig", false, null), null, null, false, null));
                if (i % 5 == 0) {
                    client.add(new Purchased(Ids.newId(), Purchased.Stage.SUBSCRIPTION, "u-" + i,
                            UnitType.RESIDENTIAL, new BigDecimal("1200000.00"), surname, phone, hash, "cs-2", null,
                            false));
                }
                Duration[] after = {Duration.ZERO, Duration.ofHours(2), Duration.ofDays(3)};
                for (int e = 0; e < client.size() && written < count; e++, written++) {
                    Instant occurred = at.plus(after[e]);
                    json.writeObject(EventEnvelope.of(Ids.newId(), tenant, project,
                            ClientKeys.clientKey(tenant, project, phone), occurred, occurred.plusSeconds(1),
                            client.get(e)));
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
