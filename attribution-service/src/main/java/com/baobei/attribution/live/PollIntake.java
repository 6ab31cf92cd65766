package com.baobei.attribution.live;

import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.contracts.Texts;
import com.baobei.attribution.persistence.StoredEvent;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A poll's events grouped per project, each project stored and folded once (one transaction per
 * project), projects taken in the order of their first record. A failure the database may
 * recover from is rethrown as is (the whole poll is retried, without end); any other failure is
 * pinned to the project's first record, so that record is dead-lettered after a few tries and
 * the partition moves on.
 *
 * <p>A backlog (the poll and the records still behind it) of at least
 * {@code baobei.fold.defer-above-records} records means the consumer is catching up (a replay, a restart after a pause): its projects are only stored and marked dirty,
 * and folded once by this consumer thread at its first smaller poll, or by {@link DeferredFolds}
 * after {@code baobei.fold.max-deferral} at the latest.
 */
@Component
public class PollIntake {

    private static final Logger log = LoggerFactory.getLogger(PollIntake.class);

    /** The projects this consumer thread deferred; a consumer thread is one partition set's only reader. */
    private final ThreadLocal<Set<ProjectRef>> deferred = ThreadLocal.withInitial(LinkedHashSet::new);
    private final LiveAttribution live;
    private final int deferAbove;
    private final ExecutorService folds;

    public PollIntake(LiveAttribution live, @Value("${baobei.fold.defer-above-records:500}") int deferAbove,
                      @Value("${baobei.fold.threads:4}") int foldThreads) {
        this.live = live;
        this.deferAbove = deferAbove;
        AtomicInteger threads = new AtomicInteger();
        this.folds = Executors.newFixedThreadPool(foldThreads, task -> {
            Thread thread = new Thread(task, "deferred-fold-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        folds.shutdown();
    }

    /**
     * A whole poll: {@code backlog} counts every record polled, decodable or not, and those still
     * waiting in the consumer's partitions.
     */
    public void accept(List<IndexedEvent> events, long backlog) {
        boolean catchingUp = backlog >= deferAbove;
        accept(events, catchingUp);
        if (!catchingUp) {
            foldDeferred();
        }
    }

    /** The consumer found nothing to poll: the burst is over, fold what this thread deferred. */
    public void idle() {
        foldDeferred();
    }

    /**
     * Folds the projects this consumer thread deferred, several at a time (one transaction each; the
     * database overlaps with the JVM), and returns when all are done. A failure leaves that project
     * dirty for {@link DeferredFolds}: its events are stored and their offsets committed already.
     */
    private void foldDeferred() {
        Set<ProjectRef> projects = deferred.get();
        if (projects.isEmpty()) {
            return;
        }
        List<Future<?>> running = new ArrayList<>(projects.size());
        for (ProjectRef project : projects) {
            running.add(folds.submit(() -> live.foldIfDirty(project)));
        }
        projects.clear();
        for (Future<?> fold : running) {
            try {
                fold.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                log.warn("deferred fold failed, the sweeper retries: {}",
                        Texts.redactFullPhones(String.valueOf(e.getCause().getMessage())));
            }
        }
    }

    private void accept(List<IndexedEvent> events, boolean defer) {
        Map<ProjectRef, List<IndexedEvent>> byProject = new LinkedHashMap<>();
        for (IndexedEvent event : events) {
            byProject.computeIfAbsent(ProjectRef.of(event.event().envelope()), p -> new ArrayList<>()).add(event);
        }
        if (defer && byProject.size() > 1 && storeTogether(byProject)) {
            return;
        }
        byProject.forEach((project, batch) -> {
            List<StoredEvent> stored = batch.stream().map(IndexedEvent::event).toList();
            try {
                live.accept(project, stored, defer);
                if (defer) {
                    deferred.get().add(project);
                }
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    throw e;
                }
                throw new PollFailedException(batch.get(0).index(), Texts.redactFullPhones("project " + project.key()
                        + " could not be stored or folded: " + e.getClass().getSimpleName() + ": " + e.getMessage()), e);
            }
        });
    }

    /** All projects of a catching-up poll in one transaction; false when that failed for a reason to pin per project. */
    private boolean storeTogether(Map<ProjectRef, List<IndexedEvent>> byProject) {
        Map<ProjectRef, List<StoredEvent>> stored = new LinkedHashMap<>();
        byProject.forEach((project, batch) -> stored.put(project, batch.stream().map(IndexedEvent::event).toList()));
        try {
            live.storeDeferred(stored);
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw e;
            }
            log.warn("storing a poll of {} projects together failed, storing them one by one: {}", stored.size(),
                    Texts.redactFullPhones(String.valueOf(e.getMessage())));
            return false;
        }
        deferred.get().addAll(stored.keySet());
        return true;
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
