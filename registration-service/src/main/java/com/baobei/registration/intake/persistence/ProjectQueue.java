package com.baobei.registration.intake.persistence;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Group commit per project (ADR 0036). Registrations into one project are stored one batch at a time, in the order
 * they arrived: the caller that finds no batch running stores everything queued (up to {@code maxBatch}) in one
 * transaction, its own job among them, and hands over when its own is stored. So one project's registrations take
 * one clock stamp, a few batched statements and one commit per batch, not all of that per registration, while their
 * order stays the order of their times. Waiting holds no pooled connection; a job still queued after {@code maxWait}
 * leaves the queue and its caller gets {@link ProjectBusyException} (nothing of it is stored).
 *
 * @param <J> what one caller asks to store
 * @param <R> what it gets back
 */
public final class ProjectQueue<J, R> {

    private final Function<List<J>, List<R>> store;
    private final int maxBatch;
    private final Duration maxWait;
    private final ConcurrentHashMap<String, Line> lines = new ConcurrentHashMap<>();

    /**
     * @param store stores a batch in one transaction (all or nothing) and answers each job, in order
     */
    public ProjectQueue(Function<List<J>, List<R>> store, int maxBatch, Duration maxWait) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.store = store;
        this.maxBatch = maxBatch;
        this.maxWait = maxWait;
    }

    /** Stores {@code job} with the others queued for {@code project}; returns when it is committed. */
    public R submit(String project, J job) {
        Line line = lines.compute(project, (k, l) -> {
            Line used = l == null ? new Line() : l;
            used.users++;
            return used;
        });
        try {
            Waiting me = new Waiting(job);
            if (line.await(project, me, maxWait)) {
                lead(line, me);
            }
            return me.answer();
        } finally {
            lines.computeIfPresent(project, (k, l) -> --l.users == 0 ? null : l);
        }
    }

    /** How many callers are queued or being stored, all projects together (for tests). */
    int callers() {
        return lines.values().stream().mapToInt(l -> l.users).sum();
    }

    /** Stores batches from the head of the line until this caller's own job is stored; then hands over. */
    private void lead(Line line, Waiting me) {
        while (true) {
            List<Waiting> batch = line.take(maxBatch);
            try {
                storeAll(batch);
            } catch (Throwable fatal) {
                // an Error: no caller in the batch may be left waiting for an answer that never comes
                for (Waiting w : batch) {
                    if (!w.done) {
                        w.failure = new IllegalStateException("the batch failed", fatal);
                    }
                }
                line.finished(batch, true);
                throw fatal;
            }
            if (line.finished(batch, batch.contains(me))) {
                return;
            }
        }
    }

    private void storeAll(List<Waiting> batch) {
        List<J> jobs = new ArrayList<>(batch.size());
        batch.forEach(w -> jobs.add(w.job));
        try {
            answer(batch, store.apply(jobs));
        } catch (RuntimeException failure) {
            if (batch.size() == 1 || outage(failure)) {
                batch.forEach(w -> w.failure = failure);
                return;
            }
            // one job's data may have failed them all: each alone, so only the one at fault fails
            for (Waiting w : batch) {
                try {
                    answer(List.of(w), store.apply(List.of(w.job)));
                } catch (RuntimeException alone) {
                    w.failure = alone;
                }
            }
        }
    }

    private void answer(List<Waiting> batch, List<R> answers) {
        if (answers.size() != batch.size()) {
            throw new IllegalStateException(answers.size() + " answers for " + batch.size() + " jobs");
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer = answers.get(i);
        }
    }

    /** The database out or busy: every job would fail alone too, so they are not tried one by one. */
    private static boolean outage(RuntimeException failure) {
        return failure instanceof TransientDataAccessException || failure instanceof RecoverableDataAccessException
                || failure instanceof CannotCreateTransactionException;
    }

    /** One project's queue; its monitor guards everything in it and in its {@link Waiting}s. */
    private final class Line {
        final ArrayDeque<Waiting> queue = new ArrayDeque<>();
        boolean storing;
        volatile int users;

        /** True when the caller is to store (a batch holding its job); false when its job was stored by another. */
        synchronized boolean await(String project, Waiting me, Duration wait) {
            queue.addLast(me);
            long deadline = System.nanoTime() + wait.toNanos();
            while (!me.done) {
                if (!storing) {
                    storing = true;
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (!me.taken && left <= 0) {
                    queue.remove(me);
                    throw new ProjectBusyException(project, wait);
                }
                try {
                    if (me.taken) {
                        wait();
                    } else {
                        wait(Math.max(1, left / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    if (!me.taken) {
                        queue.remove(me);
                        throw new ProjectBusyException(project, wait);
                    }
                }
            }
            return false;
        }

        synchronized List<Waiting> take(int most) {
            List<Waiting> batch = new ArrayList<>(Math.min(most, queue.size()));
            while (batch.size() < most && !queue.isEmpty()) {
                Waiting w = queue.pollFirst();
                w.taken = true;
                batch.add(w);
            }
            return batch;
        }

        /** Marks the batch done and wakes its callers; when {@code handOver}, another caller may store next. */
        synchronized boolean finished(List<Waiting> batch, boolean handOver) {
            batch.forEach(w -> w.done = true);
            if (handOver) {
                storing = false;
            }
            notifyAll();
            return handOver;
        }
    }

    private final class Waiting {
        final J job;
        boolean taken;
        boolean done;
        R answer;
        RuntimeException failure;

        Waiting(J job) {
            this.job = job;
        }

        R answer() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
