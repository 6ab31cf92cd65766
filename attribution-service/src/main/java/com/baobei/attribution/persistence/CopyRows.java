package com.baobei.attribution.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, written straight to bytes.
 * COPY is PostgreSQL's fast path for new rows (no statement per row, no parameter encoding); the
 * live path uses it for rows it knows to be new, under the project's lock.
 */
final class CopyRows {

    private static final String UNIQUE_VIOLATION = "23505";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private boolean first = true;
    private int rows;

    CopyRows text(String value) {
        return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    CopyRows instant(Instant value) {
        return value == null ? nul() : text(value.toString());
    }

    CopyRows number(long value) {
        return text(Long.toString(value));
    }

    CopyRows nul() {
        separate();
        out.write('\\');
        out.write('N');
        return this;
    }

    /** UTF-8 text; escaping byte by byte is safe because no multi-byte sequence contains these bytes. */
    CopyRows bytes(byte[] value) {
        separate();
        int from = 0;
        for (int i = 0; i < value.length; i++) {
            byte b = value[i];
            char escape = switch (b) {
                case '\\' -> '\\';
                case '\n' -> 'n';
                case '\r' -> 'r';
                case '\t' -> 't';
                default -> 0;
            };
            if (escape != 0) {
                out.write(value, from, i - from);
                out.write('\\');
                out.write(escape);
                from = i + 1;
            }
        }
        out.write(value, from, value.length - from);
        return this;
    }

    CopyRows endRow() {
        out.write('\n');
        first = true;
        rows++;
        return this;
    }

    /** The rows as COPY reads them. */
    byte[] toBytes() {
        return out.toByteArray();
    }

    int rows() {
        return rows;
    }

    /** Sends the rows with {@code copy <table> (<columns>) from stdin} on the transaction's connection. */
    void copyInto(JdbcTemplate jdbc, String tableAndColumns) {
        jdbc.execute((ConnectionCallback<Long>) con -> copyIn(con, tableAndColumns));
    }

    /**
     * As {@link #copyInto}, for rows believed new: if one conflicts with a row already there, a
     * savepoint undoes the whole COPY, the transaction goes on, and the answer is false.
     */
    boolean copyIntoUnlessConflict(JdbcTemplate jdbc, String tableAndColumns) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con -> {
            Savepoint before = con.setSavepoint();
            try {
                copyIn(con, tableAndColumns);
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

    private long copyIn(Connection connection, String tableAndColumns) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new ByteArrayInputStream(toBytes()));
        } catch (IOException e) {
            throw new SQLException("copy into " + tableAndColumns + " failed", e);
        }
    }

    private void separate() {
        if (!first) {
            out.write('\t');
        }
        first = false;
    }
}
