/** PostgreSQL adapters (JdbcTemplate over the Flyway schema): inbox, deals, agreements, fines, issued statements, outbox. */
package com.baobei.commission.persistence;
