package com.baobei.registration.view;

import com.baobei.registration.intake.ClientRegistered;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The view rows of registrations, in one batched insert in the transaction that stores their events: a chunk of
 * imported ones, or the one row of a single registration (ADR 0034). The columns are those
 * of {@link RegistrationView}, so an imported registration is readable the moment its chunk commits, as a single one
 * is when its POST answers.
 */
@Component
public class ImportedViewRows {

    private static final String INSERT = "insert into registration_view (registration_id, tenant_id, project_id, "
            + "channel_id, channel_kind, agent_id, client_surname, masked_phone, expected_visit_at, companion_count, "
            + "registered_at, intake, imported_by, short_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    ImportedViewRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction that appends the same events. */
    public void insert(List<ClientRegistered> events) {
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                ClientRegistered e = events.get(i);
                insert.setString(1, e.registrationId());
                insert.setString(2, e.tenantId());
                insert.setString(3, e.projectId());
                insert.setString(4, e.channelId());
                insert.setString(5, e.channelKind().name());
                insert.setString(6, e.agentId());
                insert.setString(7, e.clientSurname());
                insert.setString(8, e.maskedPhone());
                insert.setObject(9, utc(e.expectedVisitAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setInt(10, e.companions() == null ? 0 : e.companions().size());
                insert.setObject(11, utc(e.registeredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(12, e.intake().name());
                insert.setString(13, e.importedBy());
                insert.setString(14, ShortCode.of(e.registrationId()));
            }

            @Override
            public int getBatchSize() {
                return events.size();
            }
        });
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
