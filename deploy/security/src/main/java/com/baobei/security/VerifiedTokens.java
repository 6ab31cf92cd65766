package com.baobei.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Tokens already verified, so a caller's next request with the same token skips the signature check (an RSA
 * verification was the largest single share of CPU per request, ADR 0034). Keyed by the whole token string, so only
 * the very bytes that were verified are found. An entry is used only until the token's own expiry ({@code exp}), by
 * this service's clock; a token without an expiry is not kept. A token that failed verification is never kept: it is
 * checked again, and refused again, every time. At most {@code maximumSize} tokens are kept, the least used leave
 * first.
 */
public final class VerifiedTokens implements JwtDecoder {

    /** A few thousand callers' tokens: each a few kilobytes, well within a service's memory. */
    public static final int DEFAULT_SIZE = 4096;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder verifier) {
        this(verifier, DEFAULT_SIZE, Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder verifier, int maximumSize, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new UntilTokenExpires(clock))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = verifier.decode(token); // throws when the token is not good: nothing kept
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How many verified tokens are kept now (tests). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private record UntilTokenExpires(Clock clock) implements Expiry<String, Jwt> {
        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), jwt.getExpiresAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
