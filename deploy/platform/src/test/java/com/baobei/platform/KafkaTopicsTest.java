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
    void facts_are_kept_for_good_master_data_and_owners_compacted_decisions_a_year_and_dead_letters_for_good() {
        Map<String, NewTopic> declared = KafkaTopics.declared((short) 1, List.of("huajing")).stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));

        assertThat(declared.get(Topics.MASTER_DATA.name()).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(declared.get(Topics.MASTER_DATA.deadLetter()).configs())
                .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "-1");
        assertThat(declared.get(Topics.REGISTRATION_EVENTS.name()).configs())
                .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "-1");
        assertThat(declared.get("baobei.huajing.attribution.ownership").configs())
                .containsEntry("cleanup.policy", "compact");
        assertThat(declared.get("baobei.huajing.attribution.verdicts").configs())
                .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "34560000000");
        assertThat(declared.get("baobei.huajing.attribution.purchases").configs())
                .containsEntry("retention.ms", "34560000000");
        assertThat(declared.get("baobei.huajing.commission.statements").configs()).containsEntry("retention.ms", "-1");
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
