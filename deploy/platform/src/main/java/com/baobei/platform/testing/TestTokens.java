package com.baobei.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signed access tokens for a service's integration tests, shaped like the identity provider's (claims
 * {@code tenant}, {@code roles}, {@code channel}, {@code agent}, {@code projects}, audience {@code baobei}).
 * {@link RealInfrastructureInitializer} points the service under test at this JVM's public key and issuer, so the
 * service verifies every token for real: signature, issuer, audience, expiry. Tests across real processes log in at
 * the real identity provider instead.
 */
public final class TestTokens {

    public static final String ISSUER = "http://identity.test.invalid";
    public static final String AUDIENCE = "baobei";

    private static final TestTokens SHARED = new TestTokens();

    private final KeyPair keys = rsa();
    private final KeyPair strangerKeys = rsa();
    private volatile Path publicKeyFile;

    private TestTokens() {
    }

    public static TestTokens shared() {
        return SHARED;
    }

    /** A PEM file of the public key, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("baobei-test-issuer", ".pem");
                file.toFile().deleteOnExit();
                String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    /** A token for this person; {@link Token#sign()} makes it. */
    public Token token(String subject, String tenant, String... roles) {
        return new Token(subject, tenant, List.of(roles));
    }

    public String agent(String tenant, String channel, String agent) {
        return token(agent, tenant, "CHANNEL_AGENT").channel(channel).agent(agent).sign();
    }

    public String channelManager(String tenant, String channel) {
        return token(channel + ".manager", tenant, "CHANNEL_MANAGER").channel(channel).sign();
    }

    /** Office people (CONSULTANT, SITE_MANAGER), limited to these projects (none: every project of the tenant). */
    public String office(String role, String subject, String tenant, String... projects) {
        return token(subject, tenant, role).projects(projects).sign();
    }

    /** FINANCE, TENANT_ADMIN or PARTNER of a tenant. */
    public String of(String role, String tenant) {
        return token(tenant + "." + role.toLowerCase(java.util.Locale.ROOT), tenant, role).sign();
    }

    /** One token to be made. */
    public final class Token {
        private final String subject;
        private final String tenant;
        private final List<String> roles;
        private String channel;
        private String agent;
        private final List<String> projects = new ArrayList<>();
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Duration lifetime = Duration.ofHours(1);
        private Instant issuedAt;
        private boolean stranger;

        private Token(String subject, String tenant, List<String> roles) {
            this.subject = subject;
            this.tenant = tenant;
            this.roles = roles;
        }

        public Token channel(String value) {
            channel = value;
            return this;
        }

        public Token agent(String value) {
            agent = value;
            return this;
        }

        public Token projects(String... values) {
            projects.addAll(List.of(values));
            return this;
        }

        public Token issuer(String value) {
            issuer = value;
            return this;
        }

        public Token audience(String value) {
            audience = value;
            return this;
        }

        /** Issued this long ago with this lifetime; {@code expired()} is the usual case. */
        public Token issued(Instant at, Duration life) {
            issuedAt = at;
            lifetime = life;
            return this;
        }

        public Token expired() {
            return issued(Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        }

        /** Signed by a key the services do not trust. */
        public Token signedByStranger() {
            stranger = true;
            return this;
        }

        public String sign() {
            Instant now = issuedAt == null ? Instant.now() : issuedAt;
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject(subject).audience(audience).jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
                    .claim("tenant", tenant).claim("roles", roles);
            if (channel != null) {
                claims.claim("channel", channel);
            }
            if (agent != null) {
                claims.claim("agent", agent);
            }
            if (!projects.isEmpty()) {
                claims.claim("projects", projects);
            }
            return signed(claims.build(), stranger ? strangerKeys.getPrivate() : keys.getPrivate());
        }
    }

    private static String signed(JWTClaimsSet claims, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
