package com.baobei.security;

import com.baobei.contracts.Topics;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads a verified token's claims into a {@link Caller}. A token without a tenant, without a known role, or with
 * identifiers of the wrong shape is refused as invalid (401): it was not made for this system.
 */
public final class CallerConverter implements Converter<Jwt, CallerAuthentication> {

    /** The shape of every id in the contracts: letters, digits, '.', '_', '-', at most 64. */
    private static final Pattern ID = com.baobei.contracts.masterdata.MasterDataKeys.ID;

    private final ClaimNames claims;

    public CallerConverter(ClaimNames claims) {
        this.claims = claims;
    }

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 128) {
            throw invalid("no subject");
        }
        String tenant = id(jwt, claims.tenant(), true);
        if (!Topics.isTopicSafe(tenant)) {
            // a tenant "huajing.x" would fall under huajing's topic prefix, "registration" own a shared topic
            throw invalid("claim " + claims.tenant() + " cannot name a tenant (ADR 0013)");
        }
        Set<Role> roles = roles(jwt);
        if (roles.isEmpty()) {
            throw invalid("no role of this system in claim " + claims.roles());
        }
        String channel = id(jwt, claims.channel(), false);
        String agent = id(jwt, claims.agent(), false);
        if ((roles.contains(Role.CHANNEL_AGENT) || roles.contains(Role.CHANNEL_MANAGER)) && channel == null) {
            throw invalid("a channel role without claim " + claims.channel());
        }
        if (roles.contains(Role.CHANNEL_AGENT) && agent == null) {
            throw invalid("role CHANNEL_AGENT without claim " + claims.agent());
        }
        Set<String> projects = new LinkedHashSet<>();
        for (String project : strings(jwt.getClaims().get(claims.projects()))) {
            if (!ID.matcher(project).matches()) {
                throw invalid("claim " + claims.projects() + " holds a malformed project id");
            }
            projects.add(project);
        }
        String name = jwt.getClaimAsString(claims.name());
        return new CallerAuthentication(jwt, new Caller(subject, name, tenant, channel, agent, roles, projects));
    }

    private Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(jwt.getClaims().get(claims.roles()))) {
            String plain = value.trim().toUpperCase(Locale.ROOT);
            if (plain.startsWith("ROLE_")) {
                plain = plain.substring(5);
            }
            for (Role role : Role.values()) {
                if (role.name().equals(plain)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String id(Jwt jwt, String claim, boolean required) {
        Object value = jwt.getClaims().get(claim);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                throw invalid("no claim " + claim);
            }
            return null;
        }
        if (!(value instanceof String s) || !ID.matcher(s).matches()) {
            throw invalid("claim " + claim + " is not an id");
        }
        return s;
    }

    private static Collection<String> strings(Object value) {
        if (value == null) {
            return Set.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        }
        return Set.of();
    }

    private static InvalidBearerTokenException invalid(String why) {
        return new InvalidBearerTokenException("The token is not one of this system's: " + why);
    }
}
