package com.baobei.visit.view;

import com.baobei.visit.routing.Route;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The project's current routes (ROT-4), from {@code routing_view}. */
@Repository
public class Routes {

    private final JdbcTemplate jdbc;

    Routes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Route> of(String tenantId, String projectId, String channelId) {
        return jdbc.query("select channel_id, agencies from routing_view where tenant_id = ? and project_id = ? "
                + "and channel_id = ?", (rs, n) -> route(rs.getString(1), rs.getString(2)), tenantId, projectId,
                channelId).stream().findFirst();
    }

    public List<Route> all(String tenantId, String projectId) {
        return jdbc.query("select channel_id, agencies from routing_view where tenant_id = ? and project_id = ? "
                + "order by position", (rs, n) -> route(rs.getString(1), rs.getString(2)), tenantId, projectId);
    }

    /** Agency ids joined by ',' (ids cannot contain one). */
    private static Route route(String channelId, String agencies) {
        return new Route(channelId, Arrays.asList(agencies.split(",")));
    }
}
