package com.baobei.identity;

import java.util.List;

/**
 * One person of the users file. {@code password} is stored encoded with its encoder's id in front
 * ({@code {bcrypt}$2a$…}, or {@code {noop}demo} for the demo) and is never logged or shown.
 *
 * @param projects the projects they work at; empty means every project of the tenant (no {@code projects} claim)
 */
public record User(String username, String password, String name, String tenant, List<String> roles, String channel,
                   String agent, List<String> projects, boolean enabled) {

    /** The roles of this system, as the services read them. */
    public static final List<String> ROLES = List.of("CHANNEL_AGENT", "CHANNEL_MANAGER", "CONSULTANT", "SITE_MANAGER",
            "MARKETING_MANAGER", "FINANCE", "TENANT_ADMIN", "PARTNER");

    public User {
        roles = List.copyOf(roles);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    @Override
    public String toString() {
        return "User[" + username + ", tenant " + tenant + ", roles " + roles + "]";
    }
}
