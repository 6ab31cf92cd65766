package com.baobei.visit.masterdata.kafka;

import com.baobei.messaging.MasterDataCopy;
import com.baobei.visit.masterdata.MasterDataRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin: one record of {@code baobei.masterdata.events} into the local copy. The group starts from the beginning, so
 * a new instance reads the compacted topic whole and knows every entity.
 */
@Component
class MasterDataListener {

    static final String ID = "visit-master-data";

    private final MasterDataCopy copy;

    MasterDataListener(MasterDataCopy copy) {
        this.copy = copy;
    }

    // one group per service (its instances share a database); a test process with a database of its own sets its own
    @KafkaListener(id = ID, groupId = "${baobei.master-data.consumer-group:" + ID + "}",
            topics = "#{T(com.baobei.contracts.Topics).MASTER_DATA.name()}", properties = {
            "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
            "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer",
            "auto.offset.reset=earliest"})
    void on(ConsumerRecord<String, byte[]> record) {
        copy.apply(MasterDataRecords.read(record.key(), record.value()));
    }
}
