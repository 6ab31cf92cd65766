package com.baobei.commission.masterdata;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import com.baobei.contracts.masterdata.MasterDataChanged;

/**
 * Reads one record of the master-data topic, or says why it cannot be taken with the exception the service's error
 * handler sends to the dead letters at once ({@link EventJson.MalformedEventException}).
 */
public final class MasterDataRecords {

    private MasterDataRecords() {
    }

    public static EventEnvelope read(String key, byte[] value) {
        EventEnvelope envelope = EventJson.read(value);
        if (!(envelope.data() instanceof MasterDataChanged) || !envelope.source().equals(Topics.MASTER_DATA.writer())) {
            throw new EventJson.MalformedEventException(envelope.eventType() + " from " + envelope.source()
                    + " is not master data", null);
        }
        if (!envelope.partitionKey().equals(key)) {
            throw new EventJson.MalformedEventException("key " + key + " is not the entity's key "
                    + envelope.partitionKey(), null);
        }
        return envelope;
    }
}
