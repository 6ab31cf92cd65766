package com.baobei.registration.intake.persistence;

import com.baobei.registration.intake.ClientRegistered;
import com.baobei.registration.intake.Registration;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends the first (and only) event of many new {@link Registration} aggregates to Axon's event store with one
 * batched insert, in the caller's transaction. It writes exactly the rows Axon's own storage engine would write for
 * {@code apply()} in a new aggregate (sequence 0, the aggregate's type, the event serializer's payload and type, one
 * number of the global-index sequence each), so the publisher, which reads the store as its outbox (ADR 0002), and
 * any later load of an aggregate cannot tell them apart. What it skips is per-row work that a new aggregate does not
 * need: a command message, a unit of work, an aggregate instance, an entity manager flush, one sequence round trip
 * and one insert round trip per event (ADR 0034).
 */
@Component
public class NewRegistrationAppender {

    private static final String AGGREGATE_TYPE = Registration.class.getSimpleName();
    private static final String INSERT = "insert into domain_event_entry (global_index, sequence_number, meta_data, "
            + "payload, aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type) "
            + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** One event: the column's default takes the sequence's next number, as Axon's JDBC engine inserts (V26). */
    private static final String INSERT_ONE = "insert into domain_event_entry (sequence_number, meta_data, "
            + "payload, aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type) "
            + "values (0, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final List<CorrelationDataProvider> correlation;

    NewRegistrationAppender(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
                            List<CorrelationDataProvider> correlation) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.correlation = correlation;
    }

    /**
     * Imported registrations (or one live one), recorded at {@code recordedAt}, with this request's metadata. Must run
     * inside a transaction: the events are stored exactly when that transaction commits.
     */
    public void append(List<ClientRegistered> events, Instant recordedAt) {
        if (events.isEmpty()) {
            return;
        }
        byte[] metaData = metaDataHere();
        String timeStamp = DateTimeUtils.formatInstant(recordedAt);
        insert(events, i -> metaData, i -> timeStamp);
    }

    /**
     * Live registrations of several requests stored together (ADR 0036): each recorded at its registration time, with
     * the metadata its own request took ({@link #metaDataHere()}, its traceparent). In a transaction, as above.
     */
    public void appendLive(List<ClientRegistered> events, List<byte[]> metaData) {
        insert(events, metaData::get, i -> DateTimeUtils.formatInstant(events.get(i).registeredAt()));
    }

    /** What Axon's correlation providers would put on an event applied while this thread's request is handled. */
    public byte[] metaDataHere() {
        return serializer.serialize(metaData(), byte[].class).getData();
    }

    private void insert(List<ClientRegistered> events, IntFunction<byte[]> metaData, IntFunction<String> timeStamp) {
        if (events.size() == 1) {
            // a single registration (ADR 0034): one round trip, no separate nextval
            ClientRegistered event = events.get(0);
            SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
            jdbc.update(INSERT_ONE, metaData.apply(0), payload.getData(), event.registrationId(),
                    UUID.randomUUID().toString(), payload.getType().getRevision(), payload.getType().getName(),
                    timeStamp.apply(0), AGGREGATE_TYPE);
            return;
        }
        // one round trip for all the global-index numbers; ascending, so the rows keep the list's order
        List<Long> indexes = jdbc.queryForList("select nextval('domain_event_entry_seq') from generate_series(1, ?) "
                + "order by 1", Long.class, events.size());
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                ClientRegistered event = events.get(i);
                SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
                insert.setLong(1, indexes.get(i));
                insert.setBytes(2, metaData.apply(i));
                insert.setBytes(3, payload.getData());
                insert.setString(4, event.registrationId());
                insert.setString(5, UUID.randomUUID().toString());
                insert.setString(6, payload.getType().getRevision());
                insert.setString(7, payload.getType().getName());
                insert.setString(8, timeStamp.apply(i));
                insert.setString(9, AGGREGATE_TYPE);
            }

            @Override
            public int getBatchSize() {
                return events.size();
            }
        });
    }

    private MetaData metaData() {
        // the providers read the thread's request (its span) and the message's identity, not the event's content
        GenericMessage<String> message = new GenericMessage<>("registration");
        Map<String, Object> data = new HashMap<>();
        for (CorrelationDataProvider provider : correlation) {
            data.putAll(provider.correlationDataFor(message));
        }
        return MetaData.from(data);
    }
}
