package com.baobei.identity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients, all derived from the users file at startup (the file is the source; nothing is stored):
 * <ul>
 *   <li>every enabled user is also a confidential client, client id = username, secret = the user's password
 *       ({@code client_secret_basic} or {@code client_secret_post}), grant {@code client_credentials}: one
 *       {@code curl -u user:password -d grant_type=client_credentials …/oauth2/token} gets that user's token, for
 *       demos, tests and integration partners;
 *   <li>{@code baobei-console}, a public client (no secret): authorization code with PKCE for people logging in at
 *       the login page, refresh tokens used once each, scopes {@code openid profile}.
 * </ul>
 */
public final class UserClients implements RegisteredClientRepository {

    public static final String CONSOLE_CLIENT_ID = "baobei-console";
    private static final String USER_CLIENT_PREFIX = "user:";

    private final Map<String, RegisteredClient> byClientId = new LinkedHashMap<>();
    private final Map<String, RegisteredClient> byId = new LinkedHashMap<>();

    public UserClients(UsersFile users, Duration tokenTtl, Duration refreshTokenTtl, List<String> consoleRedirectUris) {
        TokenSettings userTokens = TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(tokenTtl).build();
        for (User user : users.all()) {
            if (!user.enabled()) {
                continue;
            }
            add(RegisteredClient.withId(USER_CLIENT_PREFIX + user.username())
                    .clientId(user.username())
                    .clientName(user.name())
                    .clientSecret(user.password())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(userTokens)
                    .build());
        }
        RegisteredClient.Builder console = RegisteredClient.withId(CONSOLE_CLIENT_ID)
                .clientId(CONSOLE_CLIENT_ID)
                .clientName("报备 console")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(tokenTtl)
                        .refreshTokenTimeToLive(refreshTokenTtl)
                        .reuseRefreshTokens(false)
                        .build());
        consoleRedirectUris.forEach(console::redirectUri);
        add(console.build());
    }

    private void add(RegisteredClient client) {
        byClientId.put(client.getClientId(), client);
        byId.put(client.getId(), client);
    }

    /** Nothing is stored: the users file is the source. Secrets are never re-encoded ({@link Passwords}). */
    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients come from the users file; change the file and restart");
    }

    @Override
    public RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }

    int size() {
        return byId.size();
    }
}
