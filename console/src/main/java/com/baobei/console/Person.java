package com.baobei.console;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is logged in, as the identity provider's ID token says (the same facts as the access token, ADR 0012). Used
 * to choose which pages to offer and what to fill in; the services check the access token themselves.
 */
public record Person(String username, String name, String tenant, List<String> roles, String channel, String agent,
                     List<String> projects) {

    static Person of(OidcUser user) {
        return new Person(user.getSubject(), user.getClaimAsString("name"), user.getClaimAsString("tenant"),
                list(user.getClaimAsStringList("roles")), user.getClaimAsString("channel"),
                user.getClaimAsString("agent"), list(user.getClaimAsStringList("projects")));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean channelAgent() {
        return is("CHANNEL_AGENT");
    }

    public boolean desk() {
        return is("CONSULTANT") || is("SITE_MANAGER");
    }

    public boolean siteManager() {
        return is("SITE_MANAGER") || is("MARKETING_MANAGER");
    }

    /** Who sets a project's rules: site managers try a version, the tenant admin adopts it (ADR 0035). */
    public boolean policyEditor() {
        return siteManager() || is("TENANT_ADMIN");
    }

    public boolean finance() {
        return is("FINANCE") || is("CHANNEL_MANAGER");
    }
}
