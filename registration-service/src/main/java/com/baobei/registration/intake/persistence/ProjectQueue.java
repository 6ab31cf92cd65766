package com.baobei.registration.intake.persistence;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Group commit per project (ADR 0036). Registrations into one project are stored one batch at a time, in the order
 * they arrived, by a writer thread: while it stores a batch the next callers queue, and it takes them all (up to
 * {@code maxBatch}) as the next batch, in one transaction. So one project's registrations take one clock stamp, a few
 * batched statements and one commit per batch, not all of that per registration, while their order stays the order
 * of their times. A writer goes on with the next batch at once (handing the queue from caller to caller instead cost a
 * thread wake-up between batches); a few writers serve all projects, one project at a time each, so a burst into one
 * project holds one pooled connection. A job still queued after {@code maxWait} leaves the queue and its caller gets
 * {@link ProjectBusyException} (nothing of it is stored).
 *
 * @param <J> what one caller asks to store
 * @param <R> what it gets back
 */
public final class ProjectQueue<J, R> implements AutoCloseable {

    /** Batches one writer stores of a project before it lets the other projects' queues have a turn. */
    private static final int BATCHES_PER_TURN = 8;

    private final Function<List<J>, List<R>> store;
    private final int maxBatch;
    private final Duration maxWait;
    private final ExecutorService writers;
    private final ConcurrentHashMap<String, Line> lines = new ConcurrentHashMap<>();

    /**
     * @param store   stores a batch in one transaction (all or nothing) and answers each job, in order
     * @param writers how many projects are stored at once
     */
    public ProjectQueue(Function<List<J>, List<R>> store, int maxBatch, Duration maxWait, int writers) {
        if (maxBatch < 1 || writers < 1) {
            throw new IllegalArgumentException("maxBatch and writers must be at least 1");
        }
        this.store = store;
        this.maxBatch = maxBatch;
        this.maxWait = maxWait;
        AtomicInteger named = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(writers, task -> {
            Thread thread = new Thread(task, "registration-writer-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stores {@code job} with the others queued for {@code project}; returns when it is committed. */
    public R submit(String project, J job) {
        Job waiting = new Job(job);
        boolean[] start = new boolean[1];
        lines.compute(project, (k, line) -> {
            Line used = line == null ? new Line() : line;
            used.queue.addLast(waiting);
            start[0] = !used.scheduled;
            used.scheduled = true;
            return used;
        });
        if (start[0]) {
            schedule(project);
        }
        return waiting.answer(project, maxWait);
    }

    /** A writer's turn at one project: batches from the head of its queue until it is empty (or others' turn). */
    private void drain(String project) {
        for (int batches = 0; ; batches++) {
            List<Job> batch = take(project, batches == BATCHES_PER_TURN);
            if (batch == null) {
                return;
            }
            try {
                storeAll(batch);
            } catch (Throwable fatal) {
                // an Error: no caller may be left waiting for an answer that never comes; the queue goes on
                batch.forEach(w -> w.answer.completeExceptionally(fatal));
            }
        }
    }

    /**
     * The next batch of the project, taken out of its queue; null when the queue is empty (the project has no writer
     * then) or when {@code yield} (the project goes to the back of the writers' queue, still scheduled).
     */
    private List<Job> take(String project, boolean yield) {
        List<Job> batch = new ArrayList<>();
        boolean[] yielded = new boolean[1];
        lines.compute(project, (k, line) -> {
            if (line == null) {
                return null; // answered by close() while this writer outlived the wait
            }
            if (yield && !line.queue.isEmpty()) {
                yielded[0] = true;
                return line;
            }
            while (batch.size() < maxBatch && !line.queue.isEmpty()) {
                Job next = line.queue.pollFirst();
                if (next.take()) {
                    batch.add(next);
                }
            }
            if (batch.isEmpty()) {
                line.scheduled = false;
                return null;
            }
            return line;
        });
        if (yielded[0]) {
            schedule(project);
            return null;
        }
        return batch.isEmpty() ? null : batch;
    }

    private void storeAll(List<Job> batch) {
        List<J> jobs = new ArrayList<>(batch.size());
        batch.forEach(w -> jobs.add(w.job));
        List<R> answers;
        try {
            answers = store.apply(jobs);
        } catch (RuntimeException failure) {
            if (batch.size() == 1 || outage(failure)) {
                batch.forEach(w -> w.answer.completeExceptionally(failure));
                return;
            }
            // one job's data may have failed them all: each alone, so only the one at fault fails
            for (Job w : batch) {
                try {
                    w.answer.complete(single(store.apply(List.of(w.job))));
                } catch (RuntimeException alone) {
                    w.answer.completeExceptionally(alone);
                }
            }
            return;
        }
        if (answers.size() != batch.size()) {
            IllegalStateException wrong = new IllegalStateException(answers.size() + " answers for " + batch.size());
            batch.forEach(w -> w.answer.completeExceptionally(wrong));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer.complete(answers.get(i));
        }
    }

    private R single(List<R> answers) {
        if (answers.size() != 1) {
            throw new IllegalStateException(answers.size() + " answers for 1");
        }
        return answers.get(0);
    }

    /** The database out or busy: every job would fail alone too, so they are not tried one by one. */
    private static boolean outage(RuntimeException failure) {
        return failure instanceof TransientDataAccessException || failure instanceof RecoverableDataAccessException
                || failure instanceof CannotCreateTransactionException;
    }

    /** How many callers are queued and not yet taken into a batch, all projects together (for tests). */
    int queued() {
        int[] queued = new int[1];
        // each queue read under its own lock, as the writers change it
        lines.keySet().forEach(project -> lines.computeIfPresent(project, (k, line) -> {
            queued[0] += line.queue.size();
            return line;
        }));
        return queued[0];
    }

    /** A writer's turn for the project; once the writers are stopped, its queued callers get a 503 at once. */
    private void schedule(String project) {
        try {
            writers.execute(() -> drain(project));
        } catch (RejectedExecutionException stopped) {
            abandon(project);
        }
    }

    /** Answers the project's queued callers with a 503, nothing of theirs stored. */
    private void abandon(String project) {
        Line line = lines.remove(project);
        if (line != null) {
            for (Job job : line.queue) {
                if (job.take()) {
                    job.answer.completeExceptionally(ProjectBusyException.stopping(project));
                }
            }
        }
    }

    /**
     * Lets the batches being stored commit (within the callers' wait) before the connections they use are closed,
     * and answers every caller still queued with a 503: nothing of theirs is stored, and they send again.
     */
    @Override
    public void close() {
        writers.shutdown();
        try {
            writers.awaitTermination(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lines.keySet().forEach(this::abandon);
    }

    /** One project's queue; changed only inside {@code lines.compute} for its project. */
    private final class Line {
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        boolean scheduled;
    }

    private final class Job {
        private static final int QUEUED = 0;
        private static final int TAKEN = 1;
        private static final int GIVEN_UP = 2;

        final J job;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        final CompletableFuture<R> answer = new CompletableFuture<>();

        Job(J job) {
            this.job = job;
        }

        boolean take() {
            return state.compareAndSet(QUEUED, TAKEN);
        }

        R answer(String project, Duration wait) {
            try {
                try {
                    return answer.get(wait.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException queuedTooLong) {
                    if (state.compareAndSet(QUEUED, GIVEN_UP)) {
                        throw new ProjectBusyException(project, wait);
                    }
                    return answer.get(); // being stored: its answer comes with its batch's commit
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (state.compareAndSet(QUEUED, GIVEN_UP)) {
                    throw new ProjectBusyException(project, wait);
                }
                throw new IllegalStateException("interrupted while its batch was stored", e);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }
    }
}
