package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class KafkaTopicsTest {

    @Test
    void the_master_data_topic_is_compacted_and_its_dead_letters_are_kept() {
        Map<String, NewTopic> declared = KafkaTopics.declared((short) 1, List.of()).stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));

        assertThat(declared.get(Topics.MASTER_DATA.name()).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(declared.get(Topics.MASTER_DATA.deadLetter()).configs()).isNullOrEmpty();
        assertThat(declared.get(Topics.REGISTRATION_EVENTS.name()).configs()).isNullOrEmpty();
    }

    @Test
    void the_shared_topics_and_each_known_tenants_with_their_dead_letter_topics() {
        Map<String, NewTopic> declared = KafkaTopics.declared((short) 1, List.of("huajing")).stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));

        assertThat(declared).hasSize(2 * (Topics.shared().size() + Topics.perTenant().size()));
        assertThat(declared.get("baobei.huajing.commission.statements.dlt").numPartitions()).isEqualTo(3);
        assertThat(declared.get("baobei.huajing.attribution.verdicts").numPartitions()).isEqualTo(6);
        assertThat(declared.keySet()).noneMatch(name -> name.startsWith("baobei.qinghe."));
    }
}
