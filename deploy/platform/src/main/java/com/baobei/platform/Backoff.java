package com.baobei.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the supervisor waits before restarting a process that died: 1 s, 2 s, 4 s … up to a cap, so that a
 * process that cannot start does not spin; the count starts over once the process has stayed healthy for a while,
 * so that a crash next week is restarted after a second again.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);

    private final Duration cap;
    private final Duration healthyPeriod;
    private int restarts;
    private Instant healthySince;

    Backoff(Duration cap, Duration healthyPeriod) {
        this.cap = cap;
        this.healthyPeriod = healthyPeriod;
    }

    /** The process died at {@code now}: the wait before the next restart, and that restart counted. */
    synchronized Duration onDeath(Instant now) {
        if (healthySince != null && !now.isBefore(healthySince.plus(healthyPeriod))) {
            restarts = 0;
        }
        healthySince = null;
        Duration delay = FIRST.multipliedBy(1L << Math.min(restarts, 20));
        restarts++;
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** The restarted process answered healthy at {@code now}. */
    synchronized void onHealthy(Instant now) {
        healthySince = now;
    }

    /** Restarts since the count last started over: the one announced by the last {@link #onDeath}. */
    synchronized int restarts() {
        return restarts;
    }
}
