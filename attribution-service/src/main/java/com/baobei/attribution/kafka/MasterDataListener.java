package com.baobei.attribution.kafka;

import com.baobei.attribution.masterdata.MasterDataRecords;
import com.baobei.contracts.Topics;
import com.baobei.messaging.MasterDataCopy;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Thin: one record of {@code baobei.masterdata.events} into the local copy (ADR 0014). An unreadable record throws
 * {@code InvalidEventException}, which the error handler dead-letters at once. One consumer is plenty for a small,
 * compacted topic; the group starts from the beginning, so a new instance reads it whole.
 */
@Component
public class MasterDataListener {

    static final String ID = "attribution-master-data";

    private final MasterDataCopy copy;

    public MasterDataListener(MasterDataCopy copy) {
        this.copy = copy;
    }

    // one group per service (its instances share a database); a test process with a database of its own sets its own
    @KafkaListener(id = ID, groupId = "${baobei.master-data.consumer-group:" + ID + "}", concurrency = "1",
            topics = "#{T(com.baobei.contracts.Topics).MASTER_DATA.name()}",
            properties = "auto.offset.reset=earliest")
    public void on(ConsumerRecord<String, byte[]> record) {
        copy.apply(MasterDataRecords.read(record.key(), record.value()));
    }

    /** The topic and its dead letters, declared here too so the service starts on a broker without them. */
    @Configuration(proxyBeanMethods = false)
    static class Topic {

        @Bean
        KafkaAdmin.NewTopics masterDataTopics(@Value("${baobei.topics.replication-factor:1}") short replication) {
            return new KafkaAdmin.NewTopics(
                    TopicBuilder.name(Topics.MASTER_DATA.name()).partitions(Topics.MASTER_DATA.partitions())
                            .replicas(replication).compact().build(),
                    TopicBuilder.name(Topics.MASTER_DATA.deadLetter()).partitions(Topics.MASTER_DATA.partitions())
                            .replicas(replication).build());
        }
    }
}
