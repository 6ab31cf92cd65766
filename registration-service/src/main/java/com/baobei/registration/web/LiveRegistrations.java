package com.baobei.registration.web;

import com.baobei.registration.intake.ClientRegistered;
import com.baobei.registration.intake.RegisterClient;
import com.baobei.registration.intake.Registration;
import com.baobei.registration.intake.persistence.NewRegistrationAppender;
import com.baobei.registration.intake.persistence.ProjectQueue;
import com.baobei.registration.intake.persistence.ProjectRegistrationClock;
import com.baobei.registration.view.ImportedViewRows;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores live registrations, checked and ready, a project's at a time in batches (ADR 0036): one clock stamp for the
 * batch, then the Idempotency-Key answers, the events (the outbox, ADR 0002) and the view rows, each in one statement,
 * and one commit. Store order, topic order and registration time order stay one order within a project.
 */
@Component
class LiveRegistrations {

    /** A checked registration waiting for its time: everything but the time is the request's. */
    record Pending(String tenant, String project, String actor, String idempotencyKey, String fingerprint,
                   Function<Instant, RegisterClient> at, byte[] metaData) {
    }

    /** Stored (with the time it was given), or a twin of a request with the same Idempotency-Key stored elsewhere. */
    record Outcome(RegisterClient stored) {
        boolean twin() {
            return stored == null;
        }
    }

    private final ProjectQueue<Pending, Outcome> queue;
    private final boolean ordered;
    private final ProjectRegistrationClock projectClock;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final IdempotentRequests idempotent;
    private final NewRegistrationAppender events;
    private final ImportedViewRows viewRows;

    LiveRegistrations(ProjectRegistrationClock projectClock, Clock clock, TransactionTemplate transaction,
                      IdempotentRequests idempotent, NewRegistrationAppender events, ImportedViewRows viewRows,
                      @Value("${baobei.registration.batch-max:64}") int batchMax,
                      @Value("${baobei.registration.queue-wait:10s}") Duration queueWait,
                      @Value("${baobei.registration.writers:4}") int writers) {
        this.projectClock = projectClock;
        this.clock = clock;
        this.transaction = transaction;
        this.idempotent = idempotent;
        this.events = events;
        this.viewRows = viewRows;
        this.ordered = projectClock.ordered();
        // a few writers: each holds one pooled connection while it stores a project's batch (the pool has 10)
        this.queue = new ProjectQueue<>(this::store, batchMax, queueWait, writers);
    }

    @PreDestroy
    void stop() {
        queue.close();
    }

    /** Returns when the registration is committed (or found to be a twin); a 503 after the queue's wait. */
    Outcome store(Pending pending) {
        // without the clock (for measuring only) every request stores alone and at once, as before ADR 0036
        return ordered ? queue.submit(pending.tenant() + '/' + pending.project(), pending)
                : store(List.of(pending)).get(0);
    }

    /** One batch of one project, in one transaction. */
    private List<Outcome> store(List<Pending> batch) {
        return transaction.execute(status -> {
            Pending first = batch.get(0);
            // read after any wait for the project's turn, so no registration is stamped before one stored earlier
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant at = projectClock.stamp(first.tenant(), first.project(), now, batch.size());
            List<RegisterClient> commands = new ArrayList<>(batch.size());
            List<IdempotentRequests.Claim> claims = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                RegisterClient command = p.at().apply(at.plusMillis(i));
                commands.add(command);
                claims.add(p.idempotencyKey() == null ? null : new IdempotentRequests.Claim(p.idempotencyKey(),
                        p.tenant(), p.actor(), p.fingerprint(), 201, RegistrationController.toResponse(command)));
            }
            boolean[] stored = idempotent.claim(claims);
            List<ClientRegistered> registered = new ArrayList<>(batch.size());
            List<byte[]> metaData = new ArrayList<>(batch.size());
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                if (!stored[i]) {
                    outcomes.add(new Outcome(null));
                    continue;
                }
                registered.add(Registration.decide(commands.get(i)));
                metaData.add(batch.get(i).metaData());
                outcomes.add(new Outcome(commands.get(i)));
            }
            if (!registered.isEmpty()) {
                events.appendLive(registered, metaData);
                viewRows.insert(registered);
            }
            return outcomes;
        });
    }
}
