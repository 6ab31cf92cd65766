package com.baobei.attribution.persistence;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The inbox: each project's events, each recorded once by its event id. */
@Repository
public class EventStore {

    private static final String INSERT_NEW = """
            insert into project_event (event_id, tenant_id, project_id, event_type, occurred_at, recorded_at, payload,
                                       traceparent)
            select e.id, e.tenant, e.project, e.type, e.occurred::timestamptz, e.recorded::timestamptz, e.payload::jsonb,
                   e.traceparent
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as e(id, tenant, project, type, occurred, recorded, payload, traceparent)
            on conflict (event_id) do nothing
            returning event_id""";

    private final JdbcTemplate jdbc;

    public EventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the project's state row (creating it on first sight) for the rest of the transaction:
     * the consumer and a policy change never fold one project at the same time.
     */
    public ProjectLock lock(ProjectRef project) {
        return jdbc.queryForObject("""
                        insert into project_state (tenant_id, project_id, event_count, fold_seq) values (?, ?, 0, 0)
                        on conflict (tenant_id, project_id) do update set event_count = project_state.event_count
                        returning event_count, fold_seq, dirty_since is not null""",
                (rs, row) -> new ProjectLock(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)),
                project.tenantId(), project.projectId());
    }

    /**
     * Locks several projects' state rows in one statement, in the given order (callers sort by key,
     * so two transactions never wait on each other in a circle).
     */
    public java.util.Map<ProjectRef, ProjectLock> lockAll(List<ProjectRef> projects) {
        String[] tenants = projects.stream().map(ProjectRef::tenantId).toArray(String[]::new);
        String[] ids = projects.stream().map(ProjectRef::projectId).toArray(String[]::new);
        java.util.Map<ProjectRef, ProjectLock> locks = new java.util.HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into project_state (tenant_id, project_id, event_count, fold_seq)
                    select t, p, 0, 0 from unnest(?::text[], ?::text[]) with ordinality as u(t, p, n) order by n
                    on conflict (tenant_id, project_id) do update set event_count = project_state.event_count
                    returning tenant_id, project_id, event_count, fold_seq, dirty_since is not null""");
            ps.setArray(1, con.createArrayOf("text", tenants));
            ps.setArray(2, con.createArrayOf("text", ids));
            return ps;
        }, rs -> {
            locks.put(new ProjectRef(rs.getString(1), rs.getString(2)),
                    new ProjectLock(rs.getLong(3), rs.getLong(4), rs.getBoolean(5)));
        });
        return locks;
    }

    /** {@link #deferred} for several projects in one batch. */
    public void deferredAll(java.util.Map<ProjectRef, Long> eventCounts) {
        List<Object[]> rows = new ArrayList<>();
        eventCounts.forEach((project, count) -> rows.add(new Object[] {count, project.tenantId(), project.projectId()}));
        jdbc.batchUpdate("""
                update project_state set event_count = ?, dirty_since = coalesce(dirty_since, now())
                 where tenant_id = ? and project_id = ?""", rows);
    }

    public void folded(ProjectRef project, long eventCount, long foldSeq) {
        jdbc.update("""
                        update project_state set event_count = ?, fold_seq = ?, folded_at = now(), dirty_since = null
                         where tenant_id = ? and project_id = ?""",
                eventCount, foldSeq, project.tenantId(), project.projectId());
    }

    /** New events stored, their fold left for later (the project stays dirty until folded). */
    public void deferred(ProjectRef project, long eventCount) {
        jdbc.update("""
                        update project_state set event_count = ?, dirty_since = coalesce(dirty_since, now())
                         where tenant_id = ? and project_id = ?""",
                eventCount, project.tenantId(), project.projectId());
    }

    /** Projects with events waiting for their fold since before the given age (oldest first). */
    public List<ProjectRef> dirtyProjects(java.time.Duration olderThan, int limit) {
        return jdbc.query("""
                        select tenant_id, project_id from project_state
                         where dirty_since is not null and dirty_since <= now() - make_interval(secs => ?)
                         order by dirty_since limit ?""",
                (rs, row) -> new ProjectRef(rs.getString(1), rs.getString(2)), olderThan.toMillis() / 1000.0, limit);
    }

    /**
     * Records the events not seen before, of any projects; returns those that were new. New events
     * are the rule, so all go in with one COPY; if one was recorded before (a redelivery, a rewound
     * consumer), the COPY fails on the event id, a savepoint undoes it, and the insert that skips
     * conflicts decides which are new.
     */
    public List<StoredEvent> insertNew(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        CopyRows rows = new CopyRows();
        for (StoredEvent event : events) {
            EventEnvelope e = event.envelope();
            rows.text(e.eventId()).text(e.tenantId()).text(e.projectId()).text(e.eventType())
                    .instant(e.occurredAt()).instant(e.recordedAt()).bytes(event.json()).text(event.traceparent())
                    .endRow();
        }
        boolean copied = rows.copyIntoUnlessConflict(jdbc, "project_event (event_id, tenant_id, project_id, event_type,"
                + " occurred_at, recorded_at, payload, traceparent)");
        return copied ? events : insertSkippingConflicts(events);
    }

    private List<StoredEvent> insertSkippingConflicts(List<StoredEvent> events) {
        int n = events.size();
        String[] ids = new String[n];
        String[] tenants = new String[n];
        String[] projects = new String[n];
        String[] types = new String[n];
        String[] occurred = new String[n];
        String[] recorded = new String[n];
        String[] payloads = new String[n];
        String[] traceparents = new String[n];
        for (int i = 0; i < n; i++) {
            EventEnvelope e = events.get(i).envelope();
            ids[i] = e.eventId();
            tenants[i] = e.tenantId();
            projects[i] = e.projectId();
            types[i] = e.eventType();
            occurred[i] = e.occurredAt().toString();
            recorded[i] = e.recordedAt().toString();
            payloads[i] = new String(events.get(i).json(), StandardCharsets.UTF_8);
            traceparents[i] = events.get(i).traceparent();
        }
        Set<String> inserted = new HashSet<>(jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT_NEW);
            Array[] arrays = {con.createArrayOf("text", ids), con.createArrayOf("text", tenants),
                    con.createArrayOf("text", projects), con.createArrayOf("text", types),
                    con.createArrayOf("text", occurred), con.createArrayOf("text", recorded),
                    con.createArrayOf("text", payloads), con.createArrayOf("text", traceparents)};
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(1 + i, arrays[i]);
            }
            return ps;
        }, (rs, row) -> rs.getString(1)));
        List<StoredEvent> fresh = new ArrayList<>(inserted.size());
        for (StoredEvent event : events) {
            if (inserted.remove(event.envelope().eventId())) {
                fresh.add(event);
            }
        }
        return fresh;
    }

    public List<EventEnvelope> load(ProjectRef project) {
        List<EventEnvelope> events = new ArrayList<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "select payload::text from project_event where tenant_id = ? and project_id = ?");
            ps.setFetchSize(5000);
            ps.setString(1, project.tenantId());
            ps.setString(2, project.projectId());
            return ps;
        }, rs -> {
            events.add(EventJson.read(rs.getString(1).getBytes(StandardCharsets.UTF_8)));
        });
        return events;
    }

    /** Whether the project has events to fold (a policy change re-folds only such a project). */
    public boolean hasEvents(ProjectRef project) {
        return Boolean.TRUE.equals(jdbc.query("select event_count > 0 from project_state where tenant_id = ? and project_id = ?",
                rs -> rs.next() && rs.getBoolean(1), project.tenantId(), project.projectId()));
    }
}
