package com.baobei.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates databases on a PostgreSQL server if they are missing. */
public final class Databases {

    // Names go into CREATE DATABASE unquoted, so only plain identifiers are accepted.
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Databases() {
    }

    /** {@code maintenanceUrl} points at a database that always exists (the {@code postgres} database). */
    public static void ensure(String maintenanceUrl, String username, String password, Iterable<String> names) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, username, password)) {
            for (String name : names) {
                ensure(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create databases at " + maintenanceUrl, e);
        }
    }

    private static void ensure(Connection connection, String name) throws SQLException {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("create database " + name);
        } catch (SQLException e) {
            // Another JVM may have created it between the check and the create (42P04: duplicate_database).
            if (!"42P04".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The server's version string, e.g. "PostgreSQL 17.6 on x86_64-pc-linux-gnu ...". */
    public static String serverVersion(String url, String username, String password) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version()")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask " + url + " for its version", e);
        }
    }
}
