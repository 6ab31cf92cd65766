package com.baobei.attribution.persistence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, written straight to bytes.
 * COPY is PostgreSQL's fast path for new rows (no statement per row, no parameter encoding); the
 * live path uses it for rows it knows to be new, under the project's lock.
 */
final class CopyRows {

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

    /** Sends the rows with {@code copy <table> (<columns>) from stdin} on the caller's transaction's connection. */
    long copyInto(Connection connection, String tableAndColumns) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new java.io.ByteArrayInputStream(toBytes()));
        } catch (java.io.IOException e) {
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
