package com.baobei.visit.dispute;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.registration.Disputed;
import java.util.Optional;

/**
 * Reads one record of the registration topic for the dispute copy: a dispute, nothing (every other fact of the topic
 * is the attribution service's), or a reason it cannot be read.
 */
public final class DisputeRecords {

    private DisputeRecords() {
    }

    public static Optional<EventEnvelope> read(String key, byte[] value) {
        EventEnvelope envelope;
        try {
            envelope = EventJson.read(value);
        } catch (EventJson.MalformedEventException e) {
            throw new Unreadable(e.getMessage());
        }
        if (!(envelope.data() instanceof Disputed disputed)) {
            return Optional.empty();
        }
        if (!envelope.source().equals(Topics.REGISTRATION_EVENTS.writer())) {
            throw new Unreadable(envelope.eventType() + " from " + envelope.source() + " is not the channels' side");
        }
        if (!envelope.partitionKey().equals(key)) {
            throw new Unreadable("key " + key + " is not the project's key " + envelope.partitionKey());
        }
        if (disputed.disputeId() == null || disputed.channelId() == null || disputed.kind() == null
                || disputed.disputeId().length() > 64 || disputed.channelId().length() > 64
                || (disputed.maskedPhone() != null && disputed.maskedPhone().length() > 11)) {
            throw new Unreadable("a dispute without its id, channel or kind, or with a field longer than its column");
        }
        return Optional.of(envelope);
    }

    /** A record no retry can make readable. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }
}
