package com.baobei.commission.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Serialises the writers of one channel's money in one project of a tenant (issuing, fines, agreements) within a
 * transaction.
 */
@Repository
public class Locks {

    private final JdbcTemplate jdbc;

    public Locks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void channel(String tenantId, String projectId, String channelId) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))",
                "commission:" + tenantId + ":" + projectId + ":" + channelId);
    }
}
