package com.baobei.visit.masterdata;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.masterdata.MasterDataChanged;

/** Reads one record of the master-data topic, or says why it cannot be taken (it then goes to the dead letters). */
public final class MasterDataRecords {

    private MasterDataRecords() {
    }

    public static EventEnvelope read(String key, byte[] value) {
        EventEnvelope envelope;
        try {
            envelope = EventJson.read(value);
        } catch (EventJson.MalformedEventException e) {
            throw new Unreadable(e.getMessage());
        }
        if (!(envelope.data() instanceof MasterDataChanged) || !envelope.source().equals(Topics.MASTER_DATA.writer())) {
            throw new Unreadable(envelope.eventType() + " from " + envelope.source() + " is not master data");
        }
        if (!envelope.partitionKey().equals(key)) {
            throw new Unreadable("key " + key + " is not the entity's key " + envelope.partitionKey());
        }
        return envelope;
    }

    /** A record no retry can make readable. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }
}
