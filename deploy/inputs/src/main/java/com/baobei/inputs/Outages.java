package com.baobei.inputs;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (as opposed to a request it refused): the pool gave
 * no connection in time, a connection was refused or broke, or PostgreSQL said so with a class 08 (connection)
 * or 57P0x (shutting down, cannot connect now) state. Recognised by the cause chain, whatever layer (Spring's
 * transaction manager, JPA, Axon's event store) wrapped it.
 */
final class Outages {

    private Outages() {
    }

    static boolean isDatabaseOutage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // HikariCP's closed-connection proxy says so without a state; it is what a rollback meets when
            // PostgreSQL died mid-transaction, and that rollback exception replaces the one that said why
            if (t instanceof SQLException sql && sql.getSQLState() == null
                    && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.equals("org.springframework.transaction.CannotCreateTransactionException")
                    || type.equals("org.springframework.jdbc.CannotGetJdbcConnectionException")
                    || type.equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
