package com.baobei.visit.testing;

import com.baobei.contracts.Ids;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.platform.testing.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test helper: the master data a test's visits name, published on {@code baobei.masterdata.events} as the
 * registration service would publish it, then awaited in the service's local copy (ADR 0014).
 */
public final class MasterDataSeed {

    /** The consultants the visit tests name, at every seeded project. */
    public static final List<String> CONSULTANTS = List.of("cs-a", "cs-b", "cs-c", "cs-1", "cs-2", "x-1");
    /** ROT-3, ROT-4: the agency of each seeded consultant; cs-c and x-1 are the developer's own staff (none). */
    public static final Map<String, String> AGENCIES = Map.of("cs-a", "shilian", "cs-1", "shilian",
            "cs-b", "weiye", "cs-2", "weiye");
    /** The channels of every seeded tenant (ROT-4 routes them). */
    public static final List<String> CHANNELS = List.of("ch-1", "ch-2", "ch-3");

    private MasterDataSeed() {
    }

    /** An active project of the tenant with {@link #CONSULTANTS}, in the copy behind {@code jdbc} when it returns. */
    public static void project(JdbcTemplate jdbc, String tenant, String project) {
        List<EventEnvelope> records = new ArrayList<>();
        records.add(projectChanged(tenant, project, true));
        for (String consultant : CONSULTANTS) {
            records.add(envelope(tenant, project, new ConsultantChanged(consultant, consultant, null,
                    AGENCIES.get(consultant), true)));
        }
        for (String channel : CHANNELS) {
            records.add(envelope(tenant, null, new com.baobei.contracts.masterdata.ChannelChanged(channel, channel,
                    com.baobei.contracts.registration.Registered.ChannelKind.AGENCY, null, null, List.of(), true)));
        }
        publish(records);
        await(jdbc, records);
    }

    public static EventEnvelope projectChanged(String tenant, String project, boolean active) {
        return envelope(tenant, project, new ProjectChanged(project, null, null, null, null,
                List.of(UnitType.RESIDENTIAL), active));
    }

    public static EventEnvelope envelope(String tenant, String project,
                                         com.baobei.contracts.masterdata.MasterDataChanged data) {
        Instant now = Instant.now();
        return EventEnvelope.of(Ids.newId(), tenant, project, null, now, now, data);
    }

    public static void publish(List<EventEnvelope> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope envelope : records) {
                producer.send(new ProducerRecord<>(Topics.MASTER_DATA.name(), envelope.partitionKey(),
                        EventJson.write(envelope)));
            }
            producer.flush();
        }
    }

    public static void publishAndAwait(JdbcTemplate jdbc, List<EventEnvelope> records) {
        publish(records);
        await(jdbc, records);
    }

    /** Until every record's event id is in the copy (30 s at most). */
    public static void await(JdbcTemplate jdbc, List<EventEnvelope> records) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> ids = records.stream().map(EventEnvelope::eventId).toList();
        while (true) {
            Integer copied = jdbc.queryForObject("select count(*) from master_data where event_id in ("
                    + String.join(",", ids.stream().map(id -> "?").toList()) + ")", Integer.class, ids.toArray());
            if (copied != null && copied == ids.size()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("master data not copied within 30 s: " + copied + " of " + ids.size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
