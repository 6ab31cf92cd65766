package com.baobei.attribution.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection table written in bulk: rows the caller knows to be new go in with one COPY (a
 * replay makes almost only new rows), the others with one batch of upserts. Should a "new" row
 * exist after all, the COPY is undone and every row takes the upsert path, so the result is the
 * same either way, only slower.
 */
final class RowTable {

    private final String target;
    private final String upsert;

    /** Columns and conflict keys as comma-separated lists. */
    RowTable(String name, String columns, String keys) {
        List<String> columnList = List.of(columns.split(",\\s*"));
        List<String> keyList = List.of(keys.split(",\\s*"));
        List<String> updates = new ArrayList<>();
        for (String column : columnList) {
            if (!keyList.contains(column)) {
                updates.add(column + " = excluded." + column);
            }
        }
        this.target = name + " (" + String.join(", ", columnList) + ")";
        this.upsert = "insert into " + target + " values (" + String.join(", ", Collections.nCopies(columnList.size(), "?"))
                + ") on conflict (" + String.join(", ", keyList) + ") do update set " + String.join(", ", updates);
    }

    /** Each row's values in column order: String, UTF-8 text as byte[], Integer, Long, Instant or null. */
    void write(JdbcTemplate jdbc, List<Object[]> fresh, List<Object[]> changed) {
        List<Object[]> upserts = changed;
        if (!fresh.isEmpty() && !copyRows(fresh).copyIntoUnlessConflict(jdbc, target)) {
            upserts = new ArrayList<>(changed);
            upserts.addAll(fresh);
        }
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate(upsert, upserts, upserts.size(), (ps, row) -> {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, value(row[i]));
                }
            });
        }
    }

    /** A statement parameter: text columns are given UTF-8 bytes as strings (bytes would be sent as bytea). */
    private static Object value(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value instanceof byte[] utf8 ? new String(utf8, StandardCharsets.UTF_8) : value;
    }

    private static CopyRows copyRows(List<Object[]> rows) {
        CopyRows copy = new CopyRows();
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    copy.nul();
                } else if (value instanceof String text) {
                    copy.text(text);
                } else if (value instanceof byte[] utf8) {
                    copy.bytes(utf8);
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
}
