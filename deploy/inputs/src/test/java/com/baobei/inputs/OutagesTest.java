package com.baobei.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "PostgreSQL cannot be reached" (503 with Retry-After) rather than a refused request. */
class OutagesTest {

    @Test
    void aRollbackOnAConnectionThatDiedMidTransactionIsAnOutage() {
        // what JPA threw in the fault test when PostgreSQL was killed under load: it was answered 500
        RuntimeException rollback = new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"));
        assertThat(Outages.isDatabaseOutage(rollback)).isTrue();
    }

    @Test
    void aConnectionClassStateIsAnOutageAndAConstraintViolationIsNot() {
        assertThat(Outages.isDatabaseOutage(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(Outages.isDatabaseOutage(new RuntimeException(new SQLException("crash", "57P02")))).isTrue();
        assertThat(Outages.isDatabaseOutage(new RuntimeException(new SQLException("duplicate", "23505")))).isFalse();
        assertThat(Outages.isDatabaseOutage(new RuntimeException(new SQLException("other message")))).isFalse();
    }
}
