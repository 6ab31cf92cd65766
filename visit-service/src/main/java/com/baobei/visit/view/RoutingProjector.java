package com.baobei.visit.view;

import com.baobei.visit.routing.Route;
import com.baobei.visit.routing.RoutingSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** ROT-4: the project's routes as the last {@link RoutingSet} left them, in the command's own transaction. */
@Component
@ProcessingGroup(OfficeProjector.GROUP)
class RoutingProjector {

    private final JdbcTemplate jdbc;

    RoutingProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoutingSet e) {
        jdbc.update("delete from routing_view where tenant_id = ? and project_id = ?", e.tenantId(), e.projectId());
        for (int i = 0; i < e.routes().size(); i++) {
            Route route = e.routes().get(i);
            jdbc.update("insert into routing_view (tenant_id, project_id, channel_id, position, agencies, set_at) "
                    + "values (?, ?, ?, ?, ?, ?)", e.tenantId(), e.projectId(), route.channelId(), i,
                    String.join(",", route.agencies()), java.sql.Timestamp.from(e.setAt()));
        }
    }
}
