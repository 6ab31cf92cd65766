package com.baobei.attribution.live;

import com.baobei.contracts.Texts;
import com.baobei.attribution.persistence.ProjectRef;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds projects whose fold has waited longer than {@code baobei.fold.max-deferral}: during a long
 * replay (so decisions keep flowing), and after a restart that left a project dirty.
 */
@Component
public class DeferredFolds {

    private static final Logger log = LoggerFactory.getLogger(DeferredFolds.class);

    private final LiveAttribution live;
    private final Duration maxDeferral;

    public DeferredFolds(LiveAttribution live, @Value("${baobei.fold.max-deferral:5s}") Duration maxDeferral) {
        this.live = live;
        this.maxDeferral = maxDeferral;
    }

    /**
     * When the sweeper may fold a project again (System.nanoTime): {@link #PAUSE} times its last fold's duration later.
     * A big project being caught up would otherwise be folded every few seconds, each fold holding the project's lock
     * against the consumer that stores its events; this keeps the sweeper's folds to a fifth of the time at most. The
     * fold once the catch-up is over is the consumer's ({@link PollIntake}), not the sweeper's, so it does not wait.
     */
    private final Map<ProjectRef, Long> notBefore = new HashMap<>();
    private static final int PAUSE = 4;

    @Scheduled(fixedDelayString = "${baobei.fold.sweep-interval:1s}", initialDelayString = "${baobei.fold.sweep-interval:1s}")
    public void foldOverdue() {
        long now = System.nanoTime();
        notBefore.values().removeIf(at -> at - now <= 0);
        for (ProjectRef project : live.dirtyProjects(maxDeferral, 100)) {
            if (notBefore.containsKey(project)) {
                continue;
            }
            long started = System.nanoTime();
            try {
                live.foldIfDirty(project);
            } catch (RuntimeException e) {
                log.warn("deferred fold of {} failed, retrying later: {}", project.key(),
                        Texts.redactFullPhones(String.valueOf(e.getMessage())));
            }
            long ended = System.nanoTime();
            notBefore.put(project, ended + PAUSE * (ended - started));
        }
    }
}
