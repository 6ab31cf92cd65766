package com.baobei.commission.persistence;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which (project, channel) pairs of a tenant have any money facts: an agreement, a deal, a fine or a statement. */
@Repository
public class ChannelRepository {

    public record ProjectChannel(String projectId, String channelId) {
    }

    private final JdbcTemplate jdbc;

    public ChannelRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProjectChannel> known(String tenantId, String projectId, String channelId) {
        return jdbc.query("""
                select project_id, channel_id from (
                    select project_id, channel_id from agreement where tenant_id = ?
                    union select project_id, channel_id from deal where tenant_id = ? and channel_id is not null
                    union select project_id, channel_id from fine where tenant_id = ?
                    union select project_id, channel_id from statement where tenant_id = ?) pairs
                where (?::text is null or project_id = ?) and (?::text is null or channel_id = ?)
                order by project_id, channel_id""",
                (rs, row) -> new ProjectChannel(rs.getString(1), rs.getString(2)),
                tenantId, tenantId, tenantId, tenantId, projectId, projectId, channelId, channelId);
    }
}
