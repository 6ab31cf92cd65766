package com.baobei.attribution.live;

import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.intake.Redaction;
import com.baobei.attribution.persistence.StoredEvent;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
@Component
public class PollIntake {

    private final LiveAttribution live;

    public PollIntake(LiveAttribution live) {
        this.live = live;
    }

    public void accept(List<IndexedEvent> events) {
        Map<ProjectRef, List<IndexedEvent>> byProject = new LinkedHashMap<>();
        for (IndexedEvent event : events) {
            byProject.computeIfAbsent(ProjectRef.of(event.event().envelope()), p -> new ArrayList<>()).add(event);
        }
        byProject.forEach((project, batch) -> {
            List<StoredEvent> stored = batch.stream().map(IndexedEvent::event).toList();
            try {
                live.accept(project, stored);
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    throw e;
                }
                throw new PollFailedException(batch.get(0).index(), Redaction.phones("project " + project.key() + " could not be folded: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage()), e);
            }
        });
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
