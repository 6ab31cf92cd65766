package com.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once and then known until its own expiry; a bad token is checked, and refused, every time. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> checked = new ArrayList<>();

    /** Stands for the signature check: "good-*" tokens expire in ten minutes, "bad-*" fail, "forever-*" have no exp. */
    private final JwtDecoder verifier = token -> {
        checked.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature does not match");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("agent-1").issuedAt(NOW);
        if (token.startsWith("good")) {
            jwt.expiresAt(NOW.plus(Duration.ofMinutes(10)));
        }
        return jwt.build();
    };

    @Test
    void a_verified_token_is_not_verified_again_before_it_expires() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);

        Jwt first = tokens.decode("good-1");
        clock.advance(Duration.ofMinutes(9));
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(checked).containsExactly("good-1");
    }

    @Test
    void at_the_token_s_own_expiry_it_goes_back_to_the_verifier() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);

        tokens.decode("good-1");
        clock.advance(Duration.ofMinutes(10));
        tokens.decode("good-1");

        assertThat(checked).containsExactly("good-1", "good-1");
    }

    @Test
    void a_token_that_failed_is_never_kept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);

        assertThatThrownBy(() -> tokens.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad-1")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("bad-1", "bad-1");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_token_without_an_expiry_is_not_kept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);

        tokens.decode("forever-1");
        tokens.decode("forever-1");

        assertThat(checked).containsExactly("forever-1", "forever-1");
    }

    @Test
    void only_so_many_tokens_are_kept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, clock);

        for (int i = 0; i < 1000; i++) {
            tokens.decode("good-" + i);
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(10);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
