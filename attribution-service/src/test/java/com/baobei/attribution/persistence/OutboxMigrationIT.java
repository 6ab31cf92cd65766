package com.baobei.attribution.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.live.OutboxMessages;
import com.baobei.platform.testing.RealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V2 turns the outbox into a queue of references without losing what V1 had queued. */
class OutboxMigrationIT {

    @Test
    @DisplayName("a publication queued before V2 is still sent, as it was written; what V1 had sent is gone")
    void rowsQueuedBeforeTheMigrationAreSentAsTheyAre() {
        RealInfrastructure infrastructure = RealInfrastructure.shared();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                infrastructure.jdbcUrl("attribution_outbox_migration"), infrastructure.username(), infrastructure.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema public cascade; create schema public");
        Flyway.configure().dataSource(dataSource).target("1").load().migrate();
        jdbc.update("""
                insert into outbox (topic, record_key, event_id, tenant_id, project_id, payload, sent_at)
                values ('baobei.attribution.verdicts', 't:p:138****5678', 'e-sent', 't', 'p', '{"sent":true}', now()),
                       ('baobei.attribution.verdicts', 't:p:138****5678', 'e-queued', 't', 'p', '{"queued":true}', null)""");

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<OutboxMessages.Message> messages = new OutboxMessages(new OutboxStore(jdbc)).next(10);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).topic()).isEqualTo("baobei.attribution.verdicts");
        assertThat(messages.get(0).key()).isEqualTo("t:p:138****5678");
        assertThat(new String(messages.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"queued\":true}");
    }
}
