package com.baobei.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A verified token and the {@link Caller} it names. */
public final class CallerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final Caller caller;

    CallerAuthentication(Jwt jwt, Caller caller) {
        super(jwt, caller, jwt, caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public java.util.Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return caller.subject();
    }

    List<String> roleNames() {
        return caller.roles().stream().map(Role::name).sorted().toList();
    }
}
