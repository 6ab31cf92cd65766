package com.baobei.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, as the verified token says: never a header or a body field the caller writes. A body that names a
 * tenant, channel or agent may only repeat these ({@link #requireTenant}, {@link #requireChannel},
 * {@link #requireAgent}); anything else is 403.
 *
 * @param subject  the token's {@code sub}: the person or partner, recorded as who did it
 * @param name     display name, may be null
 * @param tenant   the developer the caller works for or with; every key they name is inside it
 * @param channel  channel people only: their channel, else null
 * @param agent    channel agents only: their agent id, else null
 * @param roles    at least one
 * @param projects office people limited to some projects; empty means every project of the tenant
 */
public record Caller(String subject, String name, String tenant, String channel, String agent, Set<Role> roles,
                     Set<String> projects) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        roles = Set.copyOf(roles);
        projects = Set.copyOf(projects);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** 403 unless the caller has one of these roles. */
    public Caller require(Role... anyOf) {
        if (!hasAny(anyOf)) {
            throw new Forbidden("needs role " + Arrays.stream(anyOf).map(Role::name).collect(Collectors.joining(" or "))
                    + "; the token has " + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
        }
        return this;
    }

    /** Channel people (agent, manager) see and act for their own channel only. */
    public boolean isChannelPerson() {
        return channel != null && hasAny(Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER)
                && !hasAny(Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.FINANCE, Role.TENANT_ADMIN);
    }

    /** 403 when a body or path names a tenant other than the token's. A null or blank value means "mine". */
    public String requireTenant(String named) {
        if (named != null && !named.isBlank() && !named.equals(tenant)) {
            throw new Forbidden("tenantId " + named + " is not the tenant of your token (" + tenant + ")");
        }
        return tenant;
    }

    /** 403 when a channel person names a channel other than their own. Office and finance people may name any. */
    public String requireChannel(String named) {
        if (isChannelPerson() && (named == null || !named.equals(channel))) {
            throw new Forbidden("channelId " + named + " is not your channel (" + channel + ")");
        }
        return named;
    }

    /** 403 when a channel agent names an agent other than themselves (a channel manager may name their agents). */
    public String requireAgent(String named) {
        if (isChannelPerson() && !has(Role.CHANNEL_MANAGER) && (named == null || !named.equals(agent))) {
            throw new Forbidden("agentId " + named + " is not you (" + agent + ")");
        }
        return named;
    }

    /** Whether the caller's token covers this project of their tenant. */
    public boolean worksAt(String projectId) {
        return projects.isEmpty() || projects.contains(projectId);
    }

    /** 403 unless the token covers this project of the caller's tenant. */
    public String requireProject(String projectId) {
        if (!worksAt(projectId)) {
            throw new Forbidden("project " + projectId + " is not one of your projects");
        }
        return projectId;
    }

    /** Whether the caller may see a record of this channel: channel people their own only, others all. */
    public boolean sees(String channelId) {
        return !isChannelPerson() || channel.equals(channelId);
    }

    /** Whether the caller may see what this agent did: an agent their own only, a channel manager their channel's. */
    public boolean seesAgent(String channelId, String agentId) {
        if (!sees(channelId)) {
            return false;
        }
        return !isChannelPerson() || has(Role.CHANNEL_MANAGER) || Objects.equals(agent, agentId);
    }
}
