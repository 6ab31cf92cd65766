package com.baobei.attribution.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Arrays;
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
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // not a ByteArrayOutputStream: its every write takes a lock, and this writes a few per field
    private byte[] out = new byte[1 << 16];
    private int size;
    private boolean first = true;
    private int rows;

    CopyRows text(String value) {
        return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    CopyRows instant(Instant value) {
        if (value == null) {
            return nul();
        }
        separate();
        room(40);
        size = IsoInstant.write(value, out, size);
        return this;
    }

    CopyRows number(long value) {
        return text(Long.toString(value));
    }

    CopyRows nul() {
        separate();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    /**
     * UTF-8 text; escaping byte by byte is safe because no multi-byte sequence contains these bytes.
     * Most values (JSON) hold none of them, so the scan looks at eight bytes at a time and runs
     * between escapes are copied whole.
     */
    CopyRows bytes(byte[] value) {
        separate();
        room(value.length);
        int from = 0;
        int i = 0;
        for (; i + 8 <= value.length; i += 8) {
            if (mayNeedEscape((long) LONGS.get(value, i))) {
                for (int j = i; j < i + 8; j++) {
                    from = escape(value, from, j);
                }
            }
        }
        for (; i < value.length; i++) {
            from = escape(value, from, i);
        }
        put(value, from, value.length - from);
        return this;
    }

    /** Whether one of the eight bytes is a backslash or below 0x20 (tab, newline, carriage return among them). */
    private static boolean mayNeedEscape(long word) {
        long backslashes = word ^ 0x5c5c5c5c5c5c5c5cL;
        long zeroOrBelow = (backslashes - 0x0101010101010101L) & ~backslashes;
        long control = (word - 0x2020202020202020L) & ~word;
        return ((zeroOrBelow | control) & 0x8080808080808080L) != 0;
    }

    /** Escapes the byte at {@code i} if it must be; returns where the next unwritten run starts. */
    private int escape(byte[] value, int from, int i) {
        byte b = value[i];
        if (b != '\\' && b != '\n' && b != '\r' && b != '\t') {
            return from;
        }
        put(value, from, i - from);
        put((byte) '\\');
        put((byte) (b == '\\' ? '\\' : b == '\n' ? 'n' : b == '\r' ? 'r' : 't'));
        return i + 1;
    }

    CopyRows endRow() {
        put((byte) '\n');
        first = true;
        rows++;
        return this;
    }

    /** The rows as COPY reads them. */
    byte[] toBytes() {
        return Arrays.copyOf(out, size);
    }

    int rows() {
        return rows;
    }

    /**
     * Sends the rows with {@code copy <table> (<columns>) from stdin} on the transaction's connection,
     * for rows believed new: if one conflicts with a row already there, a
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
                    .copyIn("copy " + tableAndColumns + " from stdin", new ByteArrayInputStream(out, 0, size));
        } catch (IOException e) {
            throw new SQLException("copy into " + tableAndColumns + " failed", e);
        }
    }

    private void separate() {
        if (!first) {
            put((byte) '\t');
        }
        first = false;
    }

    private void put(byte b) {
        room(1);
        out[size++] = b;
    }

    private void put(byte[] bytes, int from, int length) {
        room(length);
        System.arraycopy(bytes, from, out, size, length);
        size += length;
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
