package com.baobei.commission.testing;

import com.baobei.contracts.Ids;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.masterdata.AgentChanged;
import com.baobei.contracts.masterdata.ChannelChanged;
import com.baobei.contracts.masterdata.MasterDataChanged;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.contracts.registration.Registered.ChannelKind;
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
 * Test helper: the master data a test's agreements and fines name, published on {@code baobei.masterdata.events} as
 * the registration service would, then awaited in the service's local copy (ADR 0014).
 */
public final class MasterDataSeed {

    private final JdbcTemplate jdbc;
    private final String bootstrap;
    private final List<EventEnvelope> records = new ArrayList<>();

    private MasterDataSeed(JdbcTemplate jdbc, String bootstrap) {
        this.jdbc = jdbc;
        this.bootstrap = bootstrap;
    }

    public static MasterDataSeed into(JdbcTemplate jdbc, String bootstrap) {
        return new MasterDataSeed(jdbc, bootstrap);
    }

    public MasterDataSeed project(String tenant, String project, boolean active) {
        records.add(envelope(tenant, project, new ProjectChanged(project, null, null, null, null,
                List.of(UnitType.RESIDENTIAL), active)));
        return this;
    }

    /** An active agency channel at every project, with these agents. */
    public MasterDataSeed channel(String tenant, String channel, String... agents) {
        records.add(envelope(tenant, null, new ChannelChanged(channel, channel, ChannelKind.AGENCY, null, null,
                List.of(), true)));
        for (String agent : agents) {
            records.add(envelope(tenant, null, new AgentChanged(channel, agent, agent, true)));
        }
        return this;
    }

    /** Publishes what was added and waits until the copy has it all (30 s at most). */
    public void publish() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope envelope : records) {
                producer.send(new ProducerRecord<>(Topics.MASTER_DATA.name(), envelope.partitionKey(),
                        EventJson.write(envelope)));
            }
            producer.flush();
        }
        List<String> ids = records.stream().map(EventEnvelope::eventId).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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

    private static EventEnvelope envelope(String tenant, String project, MasterDataChanged data) {
        Instant now = Instant.now();
        return EventEnvelope.of(Ids.newId(), tenant, project, null, now, now, data);
    }
}
