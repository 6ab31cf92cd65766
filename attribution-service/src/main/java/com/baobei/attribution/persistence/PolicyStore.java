package com.baobei.attribution.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stored policy versions per project of a tenant (project ids are unique only within a tenant), as JSON of the settings. */
@Repository
public class PolicyStore {

    public record StoredVersion(int version, LocalDate effectiveFrom, String settingsJson) {
    }

    private final JdbcTemplate jdbc;

    public PolicyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredVersion> versions(ProjectRef project) {
        return jdbc.query("""
                        select version, effective_from, settings::text from project_policy
                         where tenant_id = ? and project_id = ? order by version""",
                (rs, row) -> new StoredVersion(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
                project.tenantId(), project.projectId());
    }

    /** Serialises version assignment per project for the rest of the transaction. */
    public void lockProject(ProjectRef project) {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?)) is not null", Boolean.class, "policy:" + project.key());
    }

    public int lastVersion(ProjectRef project) {
        Integer last = jdbc.queryForObject("select max(version) from project_policy where tenant_id = ? and project_id = ?",
                Integer.class, project.tenantId(), project.projectId());
        return last == null ? 0 : last;
    }

    public void insert(ProjectRef project, int version, LocalDate effectiveFrom, String settingsJson) {
        jdbc.update("""
                        insert into project_policy (tenant_id, project_id, version, effective_from, settings)
                        values (?, ?, ?, ?, ?::jsonb)""",
                project.tenantId(), project.projectId(), version, Date.valueOf(effectiveFrom), settingsJson);
    }
}
