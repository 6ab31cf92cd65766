package com.baobei.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Topics;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest(properties = "spring.application.name=platform-check")
@UsesRealInfrastructure
class UsesRealInfrastructureIT {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void the_context_uses_its_own_database_on_the_shared_server() {
        RealInfrastructure shared = RealInfrastructure.shared();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(shared.jdbcUrl("platform_check_it"));
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("platform_check_it");
    }

    @Test
    void the_context_talks_to_the_shared_broker_where_every_topic_exists() throws Exception {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(RealInfrastructure.shared().kafkaBootstrapServers());

        var sent = kafka.send(Topics.VISIT_EVENTS.deadLetter(), "huajing:p1", "{}").get();
        assertThat(sent.getRecordMetadata().hasOffset()).isTrue();

        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            TopicDescription description = admin.describeTopics(List.of(Topics.VISIT_EVENTS.deadLetter()))
                    .allTopicNames().get().get(Topics.VISIT_EVENTS.deadLetter());
            assertThat(description.partitions()).hasSize(Topics.VISIT_EVENTS.partitions());
        }
    }
}
