package com.baobei.registration.intake.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

/** ADR 0036: a project's registrations are stored a batch at a time, in arrival order; other projects do not wait. */
class ProjectQueueTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(24);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    @DisplayName("callers arriving while a batch is stored go into the next one, together, in the order they came")
    void queuedCallersAreStoredTogetherInOrder() throws Exception {
        Hold<String> hold = new Hold<>("first");
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ProjectQueue<String, String> queue = new ProjectQueue<>(jobs -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            batches.add(List.copyOf(jobs));
            hold.stopOn(jobs);
            inside.decrementAndGet();
            return jobs.stream().map(j -> "stored " + j).toList();
        }, 64, Duration.ofSeconds(10), 4);

        Future<String> first = hold.start(queue, "p1");
        List<Future<String>> later = queueBehind(queue, "p1", List.of("job 0", "job 1", "job 2", "job 3", "job 4",
                "job 5", "job 6", "job 7", "job 8", "job 9"));
        // another project is not behind the first one's batch
        assertThat(callers.submit(() -> queue.submit("p2", "elsewhere")).get(5, TimeUnit.SECONDS))
                .isEqualTo("stored elsewhere");
        hold.release();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("stored first");
        for (int i = 0; i < 10; i++) {
            assertThat(later.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("stored job " + i);
        }
        List<List<String>> ofP1 = batches.stream().filter(b -> !b.contains("elsewhere")).toList();
        assertThat(ofP1).containsExactly(List.of("first"),
                List.of("job 0", "job 1", "job 2", "job 3", "job 4", "job 5", "job 6", "job 7", "job 8", "job 9"));
        assertThat(most.get()).as("p2's batch ran beside p1's, never two of p1").isEqualTo(2);
    }

    @Test
    @DisplayName("a batch is never larger than its cap; the rest follow in the next batches, still in order")
    void batchesHaveACap() throws Exception {
        Hold<Integer> hold = new Hold<>(-1);
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        ProjectQueue<Integer, Integer> queue = new ProjectQueue<>(jobs -> {
            batches.add(List.copyOf(jobs));
            hold.stopOn(jobs);
            return jobs;
        }, 4, Duration.ofSeconds(10), 4);
        Future<Integer> blocker = hold.start(queue, "p");
        List<Future<Integer>> later = queueBehind(queue, "p", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        hold.release();
        blocker.get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 10; i++) {
            assertThat(later.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(batches).containsExactly(List.of(-1), List.of(0, 1, 2, 3), List.of(4, 5, 6, 7), List.of(8, 9));
    }

    @Test
    @DisplayName("one job whose data fails the batch fails alone: the others are stored each on its own")
    void aBadJobFailsAlone() throws Exception {
        Hold<String> hold = new Hold<>("hold");
        List<List<String>> stored = new CopyOnWriteArrayList<>();
        ProjectQueue<String, String> queue = new ProjectQueue<>(jobs -> {
            hold.stopOn(jobs);
            if (jobs.contains("bad")) {
                throw new DataIntegrityViolationException("value too long");
            }
            stored.add(List.copyOf(jobs));
            return jobs;
        }, 64, Duration.ofSeconds(10), 4);
        Future<String> held = hold.start(queue, "p");
        List<Future<String>> batch = queueBehind(queue, "p", List.of("a", "bad", "b"));
        hold.release();
        held.get(5, TimeUnit.SECONDS);
        assertThat(batch.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(batch.get(2).get(5, TimeUnit.SECONDS)).isEqualTo("b");
        assertThatThrownBy(() -> batch.get(1).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertThat(stored).containsExactly(List.of("hold"), List.of("a"), List.of("b"));
    }

    @Test
    @DisplayName("when the database is out, the whole batch fails at once, not once per job")
    void anOutageFailsTheBatchOnce() throws Exception {
        Hold<String> hold = new Hold<>("hold");
        AtomicInteger calls = new AtomicInteger();
        ProjectQueue<String, String> queue = new ProjectQueue<>(jobs -> {
            calls.incrementAndGet();
            if (hold.stopOn(jobs)) {
                return jobs;
            }
            throw new QueryTimeoutException("the database does not answer");
        }, 64, Duration.ofSeconds(10), 4);
        hold.start(queue, "p");
        List<Future<String>> batch = queueBehind(queue, "p", List.of("job 0", "job 1", "job 2", "job 3", "job 4"));
        hold.release();
        for (Future<String> f : batch) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryTimeoutException.class);
        }
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("a caller queued past the wait gets ProjectBusyException, and its job is never stored")
    void aCallerQueuedTooLongLeavesTheQueue() throws Exception {
        Hold<String> hold = new Hold<>("slow");
        List<String> stored = new CopyOnWriteArrayList<>();
        ProjectQueue<String, String> queue = new ProjectQueue<>(jobs -> {
            hold.stopOn(jobs);
            stored.addAll(jobs);
            return jobs;
        }, 64, Duration.ofMillis(300), 4);
        Future<String> slow = hold.start(queue, "p");
        Future<String> late = callers.submit(() -> queue.submit("p", "late"));
        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ProjectBusyException.class);
        hold.release();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(queue.submit("p", "next")).isEqualTo("next");
        assertThat(stored).containsExactly("slow", "next");
    }

    @Test
    @DisplayName("closing lets the batches under way commit; a caller after that gets ProjectBusyException at once, never stored")
    void closingFinishesWhatIsUnderWayAndTakesNoMore() throws Exception {
        Hold<String> hold = new Hold<>("under way");
        List<String> stored = new CopyOnWriteArrayList<>();
        ProjectQueue<String, String> queue = new ProjectQueue<>(jobs -> {
            hold.stopOn(jobs);
            stored.addAll(jobs);
            return jobs;
        }, 64, Duration.ofSeconds(10), 4);
        Future<String> underWay = hold.start(queue, "p");
        Future<String> behind = callers.submit(() -> queue.submit("p", "behind"));
        waitUntilQueued(queue, 1);
        Future<?> closing = callers.submit(queue::close);
        Thread.sleep(100);
        assertThat(closing).as("close waits for the batch under way").isNotDone();
        hold.release();
        closing.get(5, TimeUnit.SECONDS);
        assertThat(underWay.get()).isEqualTo("under way");
        assertThat(behind.get()).isEqualTo("behind");

        long before = System.nanoTime();
        assertThatThrownBy(() -> queue.submit("p", "late")).isInstanceOf(ProjectBusyException.class)
                .hasMessageContaining("stopping");
        assertThatThrownBy(() -> queue.submit("other", "late too")).isInstanceOf(ProjectBusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("answered at once, not after the wait")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(stored).containsExactly("under way", "behind");
    }

    @Test
    @DisplayName("a busy project lets another have the writer after a few batches")
    void aBusyProjectYieldsTheWriter() throws Exception {
        Hold<String> hold = new Hold<>("a-hold");
        List<String> order = new CopyOnWriteArrayList<>();
        ProjectQueue<String, String> queue = new ProjectQueue<>(jobs -> {
            hold.stopOn(jobs);
            order.addAll(jobs);
            return jobs;
        }, 1, Duration.ofSeconds(10), 1);
        Future<String> held = hold.start(queue, "a");
        List<String> ofA = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ofA.add("a" + i);
        }
        List<Future<String>> sent = new ArrayList<>(queueBehind(queue, "a", ofA));
        sent.add(callers.submit(() -> queue.submit("b", "b")));
        waitUntilQueued(queue, 21);
        hold.release();
        held.get(5, TimeUnit.SECONDS);
        for (Future<String> f : sent) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(order).hasSize(22);
        assertThat(order.indexOf("b")).as("b waited for a's turn of 8 batches, not for all 21").isEqualTo(8);
    }

    @Test
    @DisplayName("under many callers at once every job is answered exactly once, and batches never overlap")
    void manyCallers() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> order = new CopyOnWriteArrayList<>();
        Function<List<Integer>, List<Integer>> store = jobs -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            order.addAll(jobs);
            inside.decrementAndGet();
            return jobs.stream().map(j -> j * 2).toList();
        };
        ProjectQueue<Integer, Integer> queue = new ProjectQueue<>(store, 8, Duration.ofSeconds(30), 4);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int job = i;
            answers.add(callers.submit(() -> queue.submit("p", job)));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(2 * i);
        }
        assertThat(order).hasSize(2_000).doesNotHaveDuplicates();
        assertThat(most.get()).isEqualTo(1);
    }

    /** Sends the jobs one after another into the project's queue, each queued before the next is sent. */
    private <J, R> List<Future<R>> queueBehind(ProjectQueue<J, R> queue, String project, List<J> jobs)
            throws InterruptedException {
        int before = queue.queued();
        List<Future<R>> sent = new ArrayList<>();
        for (J job : jobs) {
            sent.add(callers.submit(() -> queue.submit(project, job)));
            waitUntilQueued(queue, before + sent.size());
        }
        return sent;
    }

    /** A store stopped on the batch of one job until released, so that the callers after it queue behind it. */
    private final class Hold<J> {
        private final J held;
        private final CountDownLatch inside = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        Hold(J held) {
            this.held = held;
        }

        /** Called by the store with each batch: waits there when the batch holds the held job (and says so). */
        boolean stopOn(List<J> jobs) {
            if (!jobs.contains(held)) {
                return false;
            }
            inside.countDown();
            await(release);
            return true;
        }

        /** Sends the held job; returns once its batch is being stored. */
        <R> Future<R> start(ProjectQueue<J, R> queue, String project) throws InterruptedException {
            Future<R> answer = callers.submit(() -> queue.submit(project, held));
            assertThat(inside.await(5, TimeUnit.SECONDS)).as("the held job's batch began").isTrue();
            return answer;
        }

        void release() {
            release.countDown();
        }
    }

    /** The queues hold this many callers not yet taken into a batch. */
    private static void waitUntilQueued(ProjectQueue<?, ?> queue, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queue.queued() < callers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never " + callers + " callers in the queue");
            }
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
