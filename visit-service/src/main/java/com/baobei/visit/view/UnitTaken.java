package com.baobei.visit.view;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which purchase holds a unit now: the one not cancelled (index {@code purchase_view_one_active_per_unit}). */
@Repository
public class UnitTaken {

    /** The unique index that refuses a second active purchase of a unit. */
    public static final String CONSTRAINT = "purchase_view_one_active_per_unit";

    private final JdbcTemplate jdbc;

    UnitTaken(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> activePurchase(String tenantId, String projectId, String unitId) {
        return jdbc.queryForList("select purchase_id from purchase_view where tenant_id = ? and project_id = ? "
                + "and unit_id = ? and cancelled_at is null", String.class, tenantId, projectId, unitId)
                .stream().findFirst();
    }
}
