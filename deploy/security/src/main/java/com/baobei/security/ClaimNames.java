package com.baobei.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which token claim holds what ({@code baobei.security.claims.*}). The embedded identity provider uses the defaults;
 * an installation whose own identity provider (often fronted by 企业微信 or 钉钉 login) names them otherwise maps
 * them here, without code. {@code roles} and {@code projects} may be a JSON array or a space- or comma-separated
 * string.
 */
@ConfigurationProperties("baobei.security.claims")
public record ClaimNames(String tenant, String channel, String agent, String roles, String projects, String name) {

    public ClaimNames {
        tenant = orDefault(tenant, "tenant");
        channel = orDefault(channel, "channel");
        agent = orDefault(agent, "agent");
        roles = orDefault(roles, "roles");
        projects = orDefault(projects, "projects");
        name = orDefault(name, "name");
    }

    public static ClaimNames defaults() {
        return new ClaimNames(null, null, null, null, null, null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
