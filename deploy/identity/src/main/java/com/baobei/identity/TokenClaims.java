package com.baobei.identity;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What a token says about its person, looked up in the users file by the principal's name (the username: for
 * client credentials the client id, which is the username; for the console the person who logged in):
 * {@code sub}, {@code aud = baobei}, {@code tenant}, {@code roles}, {@code name}, and {@code channel},
 * {@code agent}, {@code projects} when the user has them. ID tokens keep their audience (the console) and carry the
 * same facts about the person.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String AUDIENCE = "baobei";

    private final UsersFile users;

    TokenClaims(UsersFile users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String username = context.getPrincipal().getName();
        User user = users.find(username).filter(User::enabled).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "No such user", null)));
        context.getClaims().claims(claims -> {
            claims.put("sub", user.username());
            if (accessToken) {
                claims.put("aud", List.of(AUDIENCE));
            }
            claims.put("tenant", user.tenant());
            claims.put("roles", user.roles());
            claims.put("name", user.name());
            if (user.channel() != null) {
                claims.put("channel", user.channel());
            }
            if (user.agent() != null) {
                claims.put("agent", user.agent());
            }
            if (!user.projects().isEmpty()) {
                claims.put("projects", user.projects());
            }
        });
    }
}
