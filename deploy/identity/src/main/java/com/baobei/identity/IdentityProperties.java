package com.baobei.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baobei.identity.*}.
 *
 * @param users where the users file is: {@code classpath:…}, {@code file:…} or a path (env {@code BAOBEI_IDENTITY_USERS})
 * @param dataDir where the signing key lives (env {@code BAOBEI_IDENTITY_DATA_DIR})
 * @param tokenTtl how long an access token is valid
 * @param consoleRefreshTokenTtl how long the console's refresh tokens are valid (each is used once)
 * @param consoleRedirectUris where the console client may be sent back to with a code
 */
@ConfigurationProperties("baobei.identity")
public record IdentityProperties(String users, Path dataDir, Duration tokenTtl, Duration consoleRefreshTokenTtl,
                                 List<String> consoleRedirectUris) {

    public IdentityProperties {
        users = users == null || users.isBlank() ? "classpath:demo-users.yml" : users.trim();
        dataDir = dataDir == null ? Path.of("var", "identity") : dataDir;
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        consoleRefreshTokenTtl = consoleRefreshTokenTtl == null ? Duration.ofHours(8) : consoleRefreshTokenTtl;
        consoleRedirectUris = consoleRedirectUris == null || consoleRedirectUris.isEmpty()
                ? List.of("http://127.0.0.1:8080/login/oauth2/code/baobei", "http://localhost:8080/login/oauth2/code/baobei")
                : consoleRedirectUris.stream().map(String::trim).filter(uri -> !uri.isEmpty()).toList();
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("baobei.identity.token-ttl must be positive, not " + tokenTtl);
        }
    }
}
