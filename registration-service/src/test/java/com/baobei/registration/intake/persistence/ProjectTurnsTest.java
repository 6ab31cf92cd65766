package com.baobei.registration.intake.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ADR 0036: registrations into one project take turns in the service; other projects do not wait for them. */
class ProjectTurnsTest {

    private final ProjectRegistrationClock clock = new ProjectRegistrationClock(null, true);

    @Test
    @DisplayName("two registrations into one project never run at once; one into another project runs meanwhile")
    void oneProjectAtATime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try {
            Future<String> first = pool.submit(() -> clock.inTurn("t", "p1", () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                firstInside.countDown();
                await(release);
                inside.decrementAndGet();
                return "first";
            }));
            assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> clock.inTurn("t", "p1", () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                inside.decrementAndGet();
                return "second";
            }));
            // another project's registration is not held up by p1's
            assertThat(pool.submit(() -> clock.inTurn("t", "p2", () -> "other")).get(5, TimeUnit.SECONDS))
                    .isEqualTo("other");
            assertThat(second.isDone()).isFalse();
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
            assertThat(most.get()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("with the clock turned off nothing waits, and a failure in a turn frees it")
    void offAndFailures() {
        ProjectRegistrationClock off = new ProjectRegistrationClock(null, false);
        assertThat(off.inTurn("t", "p", () -> off.inTurn("t", "p", () -> "nested"))).isEqualTo("nested");
        try {
            clock.inTurn("t", "p", () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the turn is given back: the next one runs at once
        }
        assertThat(clock.inTurn("t", "p", () -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
