package com.baobei.registration.masterdata;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first gate of every registration (API and import): it names a tenant, project, channel and agent that exist
 * and are active, a channel that works at the project under an agreement covering the day, and the channel's own
 * kind. Each failure names its field, so the agent knows what to fix; nothing is stored.
 */
public final class RegistrationGate {

    /** The projects' calendar (the developers are in mainland China); agreements are in its days. */
    public static final ZoneId PROJECT_ZONE = ZoneId.of("Asia/Shanghai");

    private RegistrationGate() {
    }

    public static List<Problem> problems(MasterDataLookup lookup, String tenantId, String projectId, String channelId,
                                         ChannelKind channelKind, String agentId, Instant at) {
        List<Problem> problems = new ArrayList<>();
        Optional<TenantProfile> tenant = lookup.tenant(tenantId);
        if (tenant.isEmpty()) {
            problems.add(new Problem("tenantId", "unknown tenant " + tenantId));
            return problems;
        }
        if (!tenant.get().active()) {
            problems.add(new Problem("tenantId", "tenant " + tenantId + " is inactive"));
        }
        Optional<Project> project = lookup.project(tenantId, projectId);
        if (project.isEmpty()) {
            problems.add(new Problem("projectId", "unknown project " + projectId));
        } else if (!project.get().active()) {
            problems.add(new Problem("projectId", "project " + projectId + " is inactive"));
        }
        Optional<Channel> channel = lookup.channel(tenantId, channelId);
        if (channel.isEmpty()) {
            problems.add(new Problem("channelId", "unknown channel " + channelId));
            return problems;
        }
        LocalDate day = at.atZone(PROJECT_ZONE).toLocalDate();
        Channel c = channel.get();
        if (!c.active()) {
            problems.add(new Problem("channelId", "channel " + channelId + " is inactive"));
        } else if (project.isPresent() && !c.worksAt(projectId)) {
            problems.add(new Problem("channelId", "channel " + channelId + " does not work at project " + projectId));
        } else if (!c.agreementCovers(day)) {
            problems.add(new Problem("channelId", "the agreement of channel " + channelId + " does not cover " + day
                    + " (" + (c.agreementFrom() == null ? "open" : c.agreementFrom()) + " to "
                    + (c.agreementTo() == null ? "open" : c.agreementTo()) + ")"));
        }
        if (channelKind != c.kind()) {
            problems.add(new Problem("channelKind", "channel " + channelId + " is of kind " + c.kind()));
        }
        Optional<Agent> agent = lookup.agent(tenantId, channelId, agentId);
        if (agent.isEmpty()) {
            problems.add(new Problem("agentId", "unknown agent " + agentId + " of channel " + channelId));
        } else if (!agent.get().active()) {
            problems.add(new Problem("agentId", "agent " + agentId + " is inactive"));
        }
        return problems;
    }

    /** One row of an imported history: the gate applies on the row's own day. */
    public record Row(String channelId, ChannelKind channelKind, String agentId, Instant registeredAt) {
    }

    /** The problems of an import: tenant and project once, each row's as {@code rows[i].field}. */
    public static List<Problem> importProblems(MasterDataLookup lookup, String tenantId, String projectId,
                                               List<Row> rows) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (Problem p : problems(lookup, tenantId, projectId, row.channelId(), row.channelKind(), row.agentId(),
                    row.registeredAt())) {
                boolean wholeImport = p.field().equals("tenantId") || p.field().equals("projectId");
                problems.add(wholeImport ? p : new Problem("rows[" + i + "]." + p.field(), p.message()));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * A dispute names a project, channel and agent that exist; they may have become inactive since (a dispute is
     * about what happened), but a dispute about a project or channel that never was is refused.
     */
    public static void requireKnown(MasterDataLookup lookup, String tenantId, String projectId, String channelId,
                                    String agentId) {
        List<Problem> problems = new ArrayList<>();
        if (lookup.tenant(tenantId).isEmpty()) {
            problems.add(new Problem("tenantId", "unknown tenant " + tenantId));
        } else {
            if (lookup.project(tenantId, projectId).isEmpty()) {
                problems.add(new Problem("projectId", "unknown project " + projectId));
            }
            if (lookup.channel(tenantId, channelId).isEmpty()) {
                problems.add(new Problem("channelId", "unknown channel " + channelId));
            } else if (agentId != null && lookup.agent(tenantId, channelId, agentId).isEmpty()) {
                problems.add(new Problem("agentId", "unknown agent " + agentId + " of channel " + channelId));
            }
        }
        if (!problems.isEmpty()) {
            throw new MasterDataRefused(problems);
        }
    }

    /** Throws {@link MasterDataRefused} (422) unless the registration passes. */
    public static void require(MasterDataLookup lookup, String tenantId, String projectId, String channelId,
                               ChannelKind channelKind, String agentId, Instant at) {
        List<Problem> problems = problems(lookup, tenantId, projectId, channelId, channelKind, agentId, at);
        if (!problems.isEmpty()) {
            throw new MasterDataRefused(problems);
        }
    }
}
