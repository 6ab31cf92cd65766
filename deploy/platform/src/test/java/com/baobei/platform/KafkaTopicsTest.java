package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Topics;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class KafkaTopicsTest {

    @Test
    void the_master_data_topic_is_compacted_and_its_dead_letters_are_kept() {
        Map<String, NewTopic> declared = KafkaTopics.declared((short) 1).stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));

        assertThat(declared.get(Topics.MASTER_DATA.name()).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(declared.get(Topics.MASTER_DATA.deadLetter()).configs()).isNullOrEmpty();
        assertThat(declared.get(Topics.REGISTRATION_EVENTS.name()).configs()).isNullOrEmpty();
    }
}
