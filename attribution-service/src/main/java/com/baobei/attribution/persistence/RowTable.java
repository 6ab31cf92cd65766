package com.baobei.attribution.persistence;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection table written in bulk: rows the caller knows to be new go in with one COPY (a
 * replay makes almost only new rows), the others with one batch of upserts. Should a "new" row
 * exist after all, the COPY is undone and every row takes the upsert path, so the result is the
 * same either way, only slower.
 */
record RowTable(String name, List<String> columns, List<String> keys) {

    static final String UNIQUE_VIOLATION = "23505";

    RowTable(String name, String columns, String keys) {
        this(name, List.of(columns.split(",\\s*")), List.of(keys.split(",\\s*")));
    }

    /** Each row's values in column order: String, Integer, Long, Instant or null. */
    void write(JdbcTemplate jdbc, List<Object[]> fresh, List<Object[]> changed) {
        List<Object[]> upserts = changed;
        if (!fresh.isEmpty() && !copy(jdbc, fresh)) {
            upserts = new ArrayList<>(changed);
            upserts.addAll(fresh);
        }
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate(upsertSql(), upserts, upserts.size(), (ps, row) -> {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i] instanceof Instant instant ? Timestamp.from(instant) : row[i]);
                }
            });
        }
    }

    /** Only new rows, never a conflict (an outbox): one COPY. */
    void append(JdbcTemplate jdbc, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.execute((ConnectionCallback<Long>) con -> copyRows(rows).copyInto(con, target()));
        }
    }

    private boolean copy(JdbcTemplate jdbc, List<Object[]> rows) {
        CopyRows copy = copyRows(rows);
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con -> {
            Savepoint before = con.setSavepoint();
            try {
                copy.copyInto(con, target());
                con.releaseSavepoint(before);
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                con.rollback(before);
                return false;
            }
        }));
    }

    private static CopyRows copyRows(List<Object[]> rows) {
        CopyRows copy = new CopyRows();
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    copy.nul();
                } else if (value instanceof String text) {
                    copy.text(text);
                } else if (value instanceof Instant instant) {
                    copy.instant(instant);
                } else if (value instanceof Number number) {
                    copy.number(number.longValue());
                } else {
                    throw new IllegalArgumentException("no COPY form for " + value.getClass().getSimpleName());
                }
            }
            copy.endRow();
        }
        return copy;
    }

    private String target() {
        return name + " (" + String.join(", ", columns) + ")";
    }

    private String upsertSql() {
        List<String> updates = new ArrayList<>();
        for (String column : columns) {
            if (!keys.contains(column)) {
                updates.add(column + " = excluded." + column);
            }
        }
        return "insert into " + target() + " values (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                + ") on conflict (" + String.join(", ", keys) + ") do update set " + String.join(", ", updates);
    }
}
