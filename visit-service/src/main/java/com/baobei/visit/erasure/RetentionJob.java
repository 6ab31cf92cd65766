package com.baobei.visit.erasure;

import com.baobei.contracts.visit.ErasureRequested.Trigger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the full numbers whose tenant's retention period ran out (ADR 0033), each as its own erasure recorded like a
 * person's request, by "retention". Each number in its own transaction: one that fails is tried again next time, the
 * others stay erased. Several instances may run it: a number two of them erase at once is deleted once, recorded twice.
 */
@Component
public class RetentionJob {

    /** Who asked, in the record of an erasure the retention period made. */
    public static final String RETENTION = "retention";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final Erasures erasures;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RetentionJob(Retention retention, Erasures erasures, TransactionTemplate transaction, Clock clock) {
        this.retention = retention;
        this.erasures = erasures;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${baobei.retention.initial-delay:PT1M}",
            fixedDelayString = "${baobei.retention.interval:PT1H}")
    void scheduled() {
        try {
            eraseDue(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (RuntimeException e) {
            log.warn("retention run failed, tried again at the next run: {}", e.getClass().getSimpleName());
        }
    }

    /** Erases every number due at {@code now}; the count of numbers erased. */
    public int eraseDue(Instant now) {
        int erased = 0;
        for (List<Retention.Due> due = retention.due(now, BATCH); !due.isEmpty(); due = retention.due(now, BATCH)) {
            for (Retention.Due one : due) {
                transaction.executeWithoutResult(status -> erasures.erase(one.tenantId(), one.phoneHash(),
                        Trigger.RETENTION, RETENTION, "retention period of " + one.fullNumberDays() + " days ran out",
                        now));
                erased++;
            }
        }
        if (erased > 0) {
            log.info("retention erased {} full number(s)", erased);
        }
        return erased;
    }
}
