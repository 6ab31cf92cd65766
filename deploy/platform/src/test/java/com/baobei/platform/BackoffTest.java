package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void a_process_that_keeps_dying_waits_twice_as_long_each_time_up_to_the_cap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1));
        Instant now = MONDAY;
        StringBuilder delays = new StringBuilder();
        for (int death = 0; death < 6; death++) {
            delays.append(backoff.onDeath(now).toSeconds()).append(' ');
            now = now.plusSeconds(3);
        }
        assertThat(delays.toString().trim()).isEqualTo("1 2 4 8 10 10");
        assertThat(backoff.restarts()).isEqualTo(6);
    }

    @Test
    void a_process_that_died_soon_after_coming_back_keeps_its_count() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(1));
        backoff.onDeath(MONDAY);
        backoff.onHealthy(MONDAY.plusSeconds(5));
        assertThat(backoff.onDeath(MONDAY.plusSeconds(20))).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.restarts()).isEqualTo(2);
    }

    @Test
    void a_healthy_period_starts_the_count_over() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(1));
        backoff.onDeath(MONDAY);
        backoff.onDeath(MONDAY.plusSeconds(2));
        backoff.onHealthy(MONDAY.plusSeconds(10));
        assertThat(backoff.onDeath(MONDAY.plusSeconds(70))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.restarts()).isEqualTo(1);
    }

    @Test
    void a_process_that_never_became_healthy_again_is_not_forgiven_by_time_alone() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(1));
        backoff.onDeath(MONDAY);
        assertThat(backoff.onDeath(MONDAY.plus(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(2));
    }
}
