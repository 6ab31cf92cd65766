package com.baobei.attribution.live;

import com.baobei.contracts.Texts;
import com.baobei.attribution.persistence.ProjectRef;
import java.time.Duration;
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

    @Scheduled(fixedDelayString = "${baobei.fold.sweep-interval:1s}", initialDelayString = "${baobei.fold.sweep-interval:1s}")
    public void foldOverdue() {
        for (ProjectRef project : live.dirtyProjects(maxDeferral, 100)) {
            try {
                live.foldIfDirty(project);
            } catch (RuntimeException e) {
                log.warn("deferred fold of {} failed, retrying later: {}", project.key(),
                        Texts.redactFullPhones(String.valueOf(e.getMessage())));
            }
        }
    }
}
