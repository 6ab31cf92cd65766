package com.baobei.attribution.live;

import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.OutboxStore;
import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.CloudEvents;
import com.baobei.contracts.EventData;
import com.baobei.contracts.EventTypes;
import com.baobei.contracts.Topics;
import com.baobei.contracts.attribution.DisputeDecided;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns queued publications into the records the relay sends: each decision's envelope, written
 * around its projection row's JSON. A reference whose decision has been published again since (or
 * is gone) is superseded and sends nothing: the later reference sends the decision as it stands.
 */
@Component
public class OutboxMessages {

    /**
     * A record to send; {@code payload} null when the reference is superseded. {@code headers}: its CloudEvents
     * headers, from the attributes the envelope was written from. {@code traceparent}: the trace of the event behind
     * the decision (ADR 0026), null when that event carried none.
     */
    public record Message(OutboxStore.Entry entry, String topic, String key, byte[] payload,
                          Map<String, String> headers, String traceparent) {

        Message(OutboxStore.Entry entry, String topic, String key, byte[] payload, Map<String, String> headers) {
            this(entry, topic, key, payload, headers, null);
        }

        Message withTraceParent(String value) {
            return new Message(entry, topic, key, payload, headers, value);
        }
    }

    private final OutboxStore outbox;
    private final RecentPublications recent;

    public OutboxMessages(OutboxStore outbox, RecentPublications recent) {
        this.outbox = outbox;
        this.recent = recent;
    }

    /** One relay at a time across instances (see {@link OutboxStore#tryLockRelay}). */
    public boolean tryLockRelay() {
        return outbox.tryLockRelay();
    }

    /**
     * The oldest queued references as messages, in order. A decision just committed is taken from
     * {@link RecentPublications}; only the others are read with their projection rows.
     */
    public List<Message> next(int limit) {
        List<OutboxStore.Reference> refs = outbox.queued(limit);
        OutboxStore.Entry[] entries = new OutboxStore.Entry[refs.size()];
        List<OutboxStore.Reference> unknown = new ArrayList<>();
        List<Integer> unknownAt = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            OutboxStore.Reference ref = refs.get(i);
            entries[i] = recent.entry(ref);
            if (entries[i] == null) {
                unknown.add(ref);
                unknownAt.add(i);
            }
        }
        if (!unknown.isEmpty()) {
            List<OutboxStore.Entry> read = outbox.withRows(unknown);
            for (int i = 0; i < read.size(); i++) {
                entries[unknownAt.get(i)] = read.get(i);
            }
        }
        Map<String, String> traces = outbox.traceParents(refs.stream().map(OutboxStore.Reference::causeEventId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Message> messages = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            String cause = refs.get(i).causeEventId();
            Message message = message(entries[i]);
            messages.add(cause == null || message.payload() == null ? message
                    : message.withTraceParent(traces.get(cause)));
        }
        return messages;
    }

    public void sent(List<Message> messages) {
        List<OutboxStore.Entry> entries = messages.stream().map(Message::entry).toList();
        outbox.sent(entries);
        recent.sent(entries);
    }

    static Message message(OutboxStore.Entry e) {
        if (e.body() == null || e.publications() - 1 != e.publication()) {
            return new Message(e, null, null, null, null);
        }
        Topics.TenantTopic topic = switch (e.kind()) {
            case VERDICT -> Topics.REGISTRATION_VERDICTS;
            case CLIENT -> Topics.OWNERSHIP;
            case PURCHASE -> Topics.PURCHASE_ATTRIBUTIONS;
            case DISPUTE -> Topics.DISPUTE_OUTCOMES;
        };
        Class<? extends EventData> type = switch (e.kind()) {
            case VERDICT -> RegistrationVerdict.class;
            case CLIENT -> OwnershipChanged.class;
            case PURCHASE -> PurchaseAttributed.class;
            case DISPUTE -> DisputeDecided.class;
        };
        String projectKey = ClientKeys.projectKey(e.tenantId(), e.projectId());
        String key = e.kind() == DecisionKind.PURCHASE ? projectKey : e.clientKey();
        String eventId = eventId(e.kind(), projectKey, e.decisionId(), e.publication(), e.contentHash());
        byte[] envelope = EnvelopeWriter.write(eventId, type, e.tenantId(), e.projectId(), e.clientKey(), e.causedAt(),
                e.updatedAt(), e.body());
        EventTypes.Type written = EventTypes.of(type);
        return new Message(e, topic.name(e.tenantId()), key, envelope,
                CloudEvents.headers(eventId, written.name(), written.source(), e.causedAt(), e.clientKey()));
    }

    /**
     * The same decision content at the same publication number always gets the same id, and a decision
     * that returns to an earlier content later gets a new one, so consumers deduplicate by id safely.
     */
    static String eventId(DecisionKind kind, String projectKey, String decisionId, int publication, String contentHash) {
        return UUID.nameUUIDFromBytes((kind + "|" + projectKey + "|" + decisionId + "|" + publication + "|" + contentHash)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
