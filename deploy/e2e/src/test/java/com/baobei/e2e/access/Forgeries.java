package com.baobei.e2e.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Tokens an attacker or a clock would produce: one the identity provider itself signed but that expired an hour ago
 * (made with the provider's own key, read from its data folder), and a well-formed one signed by a stranger's key.
 */
public final class Forgeries {

    private final RSAKey providerKey;
    private final RSAKey strangerKey;
    private final String issuer;

    public Forgeries(Path identityData, String issuer) {
        this.issuer = issuer;
        try {
            String stored = Files.readString(identityData.resolve("jwk.json"));
            JWK jwk = stored.contains("\"keys\"") ? JWKSet.parse(stored).getKeys().get(0) : JWK.parse(stored);
            this.providerKey = jwk.toRSAKey();
            this.strangerKey = new RSAKeyGenerator(2048).keyID(providerKey.getKeyID()).generate();
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("cannot read the identity provider's key in " + identityData, e);
        }
    }

    /** Signed by the provider, every claim right, but expired. */
    String expired(Map<String, Object> claims) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return sign(claims, issued, issued.plus(Duration.ofHours(1)), providerKey);
    }

    /** Every claim right and valid now, but not signed by the provider. */
    String stranger(Map<String, Object> claims) {
        Instant now = Instant.now();
        return sign(claims, now, now.plus(Duration.ofHours(1)), strangerKey);
    }

    private String sign(Map<String, Object> claims, Instant issued, Instant expires, RSAKey key) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).audience("baobei")
                .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued)).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    set.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
