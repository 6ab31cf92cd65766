package com.baobei.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The one {@link JwtDecoder} of a service, from Boot's resource-server properties. Every form checks signature,
 * expiry, issuer (when {@code issuer-uri} is set) and audience ({@code audiences}) alike:
 * <ul>
 *   <li>{@code public-key-location}: a fixed key (tests);
 *   <li>{@code jwk-set-uri}: the provider's key set;
 *   <li>{@code issuer-uri} alone: the provider's discovery document, read on the first token and read again after
 *       a failure, so a service that starts before its identity provider recovers by itself.
 * </ul>
 */
final class TokenDecoders {

    private TokenDecoders() {
    }

    static JwtDecoder from(OAuth2ResourceServerProperties.Jwt properties) {
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        if (properties.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(properties.getPublicKeyLocation())).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (properties.getJwkSetUri() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (properties.getIssuerUri() != null) {
            return new Discovered(properties.getIssuerUri(), validator);
        }
        throw new IllegalStateException("No identity provider configured: set "
                + "spring.security.oauth2.resourceserver.jwt.issuer-uri (env SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI)");
    }

    private static OAuth2TokenValidator<Jwt> validator(OAuth2ResourceServerProperties.Jwt properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(properties.getIssuerUri() == null ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(properties.getIssuerUri()));
        List<String> audiences = properties.getAudiences();
        if (!audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static RSAPublicKey publicKey(org.springframework.core.io.Resource location) {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key at " + location, e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA public key: " + location, e);
        }
    }

    /** Discovery on first use, kept once it worked; an unreachable provider is a 503, not a refused token. */
    private static final class Discovered implements JwtDecoder {
        private final String issuer;
        private final OAuth2TokenValidator<Jwt> validator;
        private volatile JwtDecoder delegate;

        Discovered(String issuer, OAuth2TokenValidator<Jwt> validator) {
            this.issuer = issuer;
            this.validator = validator;
        }

        @Override
        public Jwt decode(String token) throws JwtException {
            return decoder().decode(token);
        }

        private JwtDecoder decoder() {
            JwtDecoder current = delegate;
            if (current != null) {
                return current;
            }
            synchronized (this) {
                if (delegate == null) {
                    try {
                        NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
                        decoder.setJwtValidator(validator);
                        delegate = decoder;
                    } catch (RuntimeException e) {
                        throw new IdentityProviderUnavailable(issuer, e);
                    }
                }
                return delegate;
            }
        }
    }

    /** The identity provider could not be reached to learn its keys: the caller should retry (503). */
    static final class IdentityProviderUnavailable extends AuthenticationServiceException {
        IdentityProviderUnavailable(String issuer, Throwable cause) {
            super("The identity provider " + issuer + " cannot be reached to check the token", cause);
        }
    }
}
