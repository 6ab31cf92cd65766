package com.baobei.attribution.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.live.OutboxMessages;
import com.baobei.attribution.live.RecentPublications;
import com.baobei.platform.testing.RealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The outbox after a restart: queued references are sent from their projection rows, as memory would send them. */
class OutboxFromRowsIT {

    @Test
    @DisplayName("references the relay's memory does not hold (after a restart) are sent from their projection rows, "
            + "in queue order across rows, exactly as the memory would have sent them")
    void referencesNotInMemoryAreReadWithTheirRows() {
        JdbcTemplate jdbc = freshSchema("attribution_outbox_recent");
        Flyway.configure().dataSource(jdbc.getDataSource()).load().migrate();
        jdbc.update("""
                insert into registration_verdict (tenant_id, project_id, registration_id, client_key, verdict, body,
                    content_hash, publications, updated_at, caused_at)
                values ('t', 'p', 'r-1', 't:p:138****5678', 'ACCEPTED', '{"registrationId":"r-1","reasonZh":"有效"}',
                    'h1', 2, '2025-03-01T02:00:01Z', '2025-03-01T02:00:00Z')""");
        jdbc.update("""
                insert into registration_verdict (tenant_id, project_id, registration_id, client_key, verdict, body,
                    content_hash, publications, updated_at, caused_at)
                values ('t', 'p', 'r-2', 't:p:139****0000', 'REJECTED', '{"registrationId":"r-2"}',
                    'h2', 1, '2025-03-01T02:00:01Z', '2025-03-01T02:00:00Z')""");
        // two folds' rows: the first published r-1 twice, the second r-2 and r-3
        jdbc.update("""
                insert into outbox (tenant_id, project_id, kinds, decision_ids, publication_numbers)
                values ('t', 'p', '{VERDICT,VERDICT}', '{r-1,r-1}', '{0,1}')""");
        jdbc.update("""
                insert into outbox (tenant_id, project_id, kinds, decision_ids, publication_numbers)
                values ('t', 'p', '{VERDICT,VERDICT}', '{r-2,r-3}', '{0,0}')""");

        // whole rows until the batch is full: the first row's two references fill a batch of two, the second waits
        assertThat(new OutboxMessages(new OutboxStore(jdbc), new RecentPublications(1 << 20)).next(2)).hasSize(2);
        List<OutboxMessages.Message> fromRows = new OutboxMessages(new OutboxStore(jdbc), new RecentPublications(1 << 20))
                .next(10);
        RecentPublications recent = new RecentPublications(1 << 20);
        ProjectionChanges held = new ProjectionChanges();
        held.publications.add(new ProjectionChanges.Publication(DecisionKind.VERDICT, "r-1", 1,
                "{\"registrationId\":\"r-1\",\"reasonZh\":\"有效\"}".getBytes(StandardCharsets.UTF_8), "h1",
                "t:p:138****5678", Instant.parse("2025-03-01T02:00:00Z"), null));
        recent.committed(new ProjectRef("t", "p"), held, Instant.parse("2025-03-01T02:00:01Z"));
        List<OutboxMessages.Message> fromMemory = new OutboxMessages(new OutboxStore(jdbc), recent).next(10);

        assertThat(fromRows).hasSize(4);
        assertThat(fromRows.get(0).payload()).as("superseded by publication 1").isNull();
        assertThat(new String(fromRows.get(1).payload(), StandardCharsets.UTF_8)).contains("\"data\":{\"registrationId\":\"r-1\",\"reasonZh\":\"有效\"}");
        assertThat(new String(fromRows.get(2).payload(), StandardCharsets.UTF_8)).contains("\"data\":{\"registrationId\":\"r-2\"}");
        assertThat(fromRows.get(3).payload()).as("its decision is gone").isNull();
        assertThat(fromMemory.get(0).payload()).isNull();
        assertThat(fromMemory.get(1).payload()).isEqualTo(fromRows.get(1).payload());
        assertThat(fromMemory.get(1).key()).isEqualTo(fromRows.get(1).key());
        assertThat(fromMemory.get(2).payload()).isEqualTo(fromRows.get(2).payload());

        new OutboxMessages(new OutboxStore(jdbc), recent).sent(fromMemory);
        assertThat(jdbc.queryForObject("select count(*) from outbox", Long.class)).isZero();
    }

    private static JdbcTemplate freshSchema(String database) {
        RealInfrastructure infrastructure = RealInfrastructure.shared();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(infrastructure.jdbcUrl(database),
                infrastructure.username(), infrastructure.password()));
        jdbc.execute("drop schema public cascade; create schema public");
        return jdbc;
    }
}
