package com.baobei.contracts;

import com.baobei.contracts.masterdata.MasterDataChanged;
import com.baobei.contracts.masterdata.MasterDataKeys;
import java.time.Instant;
import java.util.Objects;

/**
 * What travels on every topic: who said what about which client, when it happened (business
 * time) and when it was written down (recording time). The facts are in {@link #data()}.
 *
 * @param eventId    unique per fact; consumers use it to recognise a re-send
 * @param eventType  stable logical name with a version, e.g. {@code registration.Registered.v1}
 * @param source     the producing service
 * @param projectId  the project within the tenant; null only for tenant-wide master data (ADR 0014)
 * @param clientKey  the client this is about ({@link ClientKeys}); null only for facts about no client
 * @param occurredAt business time: when it happened at the office or the channel
 * @param recordedAt recording time: when the producing service stored it
 */
public record EventEnvelope(
        String eventId,
        String eventType,
        String source,
        String tenantId,
        String projectId,
        String clientKey,
        Instant occurredAt,
        Instant recordedAt,
        EventData data) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tenantId, "tenantId");
        if (projectId == null && EventTypes.named(eventType).map(EventTypes.Type::aboutAProject).orElse(true)) {
            throw new NullPointerException("projectId");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(data, "data");
    }

    /** Builds an envelope whose type and source come from the registry, so they can never disagree with the data. */
    public static EventEnvelope of(String eventId, String tenantId, String projectId, String clientKey,
                                   Instant occurredAt, Instant recordedAt, EventData data) {
        EventTypes.Type type = EventTypes.of(data.getClass());
        return new EventEnvelope(eventId, type.name(), type.source(), tenantId, projectId, clientKey,
                occurredAt, recordedAt, data);
    }

    /**
     * The Kafka record key: one project's events share a partition (see ADR 0004); master data is keyed by entity,
     * {@code tenant:kind:id}, so its compacted topic keeps each entity's latest state (ADR 0014).
     */
    public String partitionKey() {
        if (data instanceof MasterDataChanged) {
            return MasterDataKeys.key(this);
        }
        return ClientKeys.projectKey(tenantId, projectId);
    }
}
