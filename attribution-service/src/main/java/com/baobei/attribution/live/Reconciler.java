package com.baobei.attribution.live;

import com.baobei.attribution.fold.ClientDecision;
import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.fold.FoldState;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.fold.PurchaseDecision;
import com.baobei.attribution.fold.VerdictDecision;
import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.KnownDecision;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionChanges;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.attribution.PurchaseAttributed;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a fresh fold's outcome with what the projection holds and turns every difference into
 * a projection change and, for a published kind, an outbox reference. A decision equal to the one last
 * published produces nothing, which is what makes a redelivery or a no-op re-fold silent.
 */
final class Reconciler {

    record Result(ProjectionChanges changes, Map<DecisionKind, Map<String, Remembered>> decisions) {
    }

    private final ProjectRef project;
    private final Map<DecisionKind, Map<String, Remembered>> previous;
    private final List<EventEnvelope> events;
    private final FoldState fold;
    private final Instant now;
    private ProjectionChanges changes = new ProjectionChanges();
    /**
     * Where the rows go every {@code sliceRows} rows ({@link #writingEvery}), null: all at the end. A fold from the start
     * of a large project against an empty projection (a catch-up) changes every decision, and their JSON held at once
     * was more than the heap (ADR 0031, "Memory, measured").
     */
    private java.util.function.Consumer<ProjectionChanges> slices;
    private int sliceRows;
    private final Map<DecisionKind, Map<String, Remembered>> next = new EnumMap<>(DecisionKind.class);
    private Map<String, EventEnvelope> byId;
    private Instant latest;
    /**
     * The Outcome the previous decisions were reconciled from, when the fold went on from its state (ADR 0031): only
     * the decisions that are not the very objects of that Outcome are compared, and {@code previous} is updated in
     * place instead of copied. Null: every decision is compared and {@code next} is built anew.
     */
    private Outcome since;

    Reconciler(ProjectRef project, Map<DecisionKind, Map<String, Remembered>> previous, List<EventEnvelope> events,
               Instant now) {
        this(project, previous, events, null, now);
    }

    /** With the fold's own index of its events by id, kept from fold to fold instead of built for each (ADR 0031). */
    Reconciler(ProjectRef project, Map<DecisionKind, Map<String, Remembered>> previous, FoldState fold, Instant now) {
        this(project, previous, List.of(), fold, now);
    }

    private Reconciler(ProjectRef project, Map<DecisionKind, Map<String, Remembered>> previous, List<EventEnvelope> events,
                       FoldState fold, Instant now) {
        this.project = project;
        this.previous = previous;
        this.events = events;
        this.fold = fold;
        this.now = now;
    }

    /**
     * Hands the changes on every {@code rows} rows (with their publications; removals stay for the end), so that no
     * more than that many decisions' JSON is held; the result's changes are what is left after the last slice.
     */
    Reconciler writingEvery(int rows, java.util.function.Consumer<ProjectionChanges> slice) {
        this.sliceRows = rows;
        this.slices = slice;
        return this;
    }

    private void sliced() {
        if (slices != null && changes.verdicts.size() + changes.clients.size() + changes.purchases.size()
                + changes.disputes.size() >= sliceRows) {
            ProjectionChanges full = changes;
            changes = new ProjectionChanges();
            full.removed.forEach((kind, ids) -> ids.forEach(id -> changes.remove(kind, id)));
            full.removed.clear();
            slices.accept(full);
        }
    }

    /**
     * Reconciles only what changed since {@code before}, the Outcome {@code previous} was reconciled from, of which
     * the fold's state is a continuation (ADR 0031). {@code previous} is updated in place and becomes the result's
     * decisions: the caller must not use it otherwise (the live path has forgotten it before folding).
     */
    Result reconcileSince(Outcome before, Outcome outcome) {
        since = before;
        for (DecisionKind kind : DecisionKind.values()) {
            next.put(kind, previous.computeIfAbsent(kind, k -> new HashMap<>()));
        }
        Outcome changed = fold == null || fold.outcome() != outcome ? null : fold.changedSince(before);
        if (changed != null) {
            // the fold knows which decisions are not the earlier Outcome's objects (ADR 0031, third round): only those
            changed.verdicts().forEach(this::verdict);
            changed.clients().forEach(this::client);
            changed.purchases().forEach(this::purchase);
            changed.disputes().forEach(this::dispute);
            return new Result(changes, next);
        }
        walk(DecisionKind.VERDICT, before.verdicts(), outcome.verdicts(), d -> d.verdict().registrationId(), this::verdict);
        walk(DecisionKind.CLIENT, before.clients(), outcome.clients(), ClientDecision::clientKey, this::client);
        walk(DecisionKind.PURCHASE, before.purchases(), outcome.purchases(), d -> d.attribution().purchaseId(),
                this::purchase);
        walk(DecisionKind.DISPUTE, before.disputes(), outcome.disputes(), DisputeDecision::disputeId, this::dispute);
        return new Result(changes, next);
    }

    /**
     * Both lists are in order of id and the later one holds every id of the earlier (a state folded on only adds
     * items). A decision that is the earlier list's object at the same place is unchanged and skipped without being
     * read; any other is reconciled as in a whole comparison, so a misalignment (equal ids) costs time, never a wrong
     * answer. Every earlier decision is matched in order (the same object or the same id) unless an id has gone, or
     * equal ids misaligned the walk: then the ids are compared in full to remove what has gone.
     */
    private <T> void walk(DecisionKind kind, List<T> old, List<T> now, java.util.function.Function<T, String> idOf,
                          java.util.function.Consumer<T> reconcile) {
        int j = 0;
        int oldSize = old.size();
        for (int i = 0; i < now.size(); i++) {
            T decision = now.get(i);
            if (j < oldSize && old.get(j) == decision) {
                j++;
                continue;
            }
            if (j < oldSize && java.util.Objects.equals(idOf.apply(old.get(j)), idOf.apply(decision))) {
                j++;
            }
            reconcile.accept(decision);
        }
        if (j < oldSize) {
            Map<String, Remembered> byId = next.get(kind);
            java.util.Set<String> kept = new java.util.HashSet<>();
            now.forEach(d -> kept.add(idOf.apply(d)));
            for (String id : List.copyOf(byId.keySet())) {
                if (!kept.contains(id)) {
                    changes.remove(kind, id);
                    byId.remove(id);
                }
            }
        }
    }

    Result reconcile(Outcome outcome) {
        for (DecisionKind kind : DecisionKind.values()) {
            // about as many as before: sized once instead of rehashed as they grow
            next.put(kind, new HashMap<>(Math.max(16, (int) (previous.getOrDefault(kind, Map.of()).size() / 0.75f) + 16)));
        }
        outcome.verdicts().forEach(this::verdict);
        outcome.clients().forEach(this::client);
        outcome.purchases().forEach(this::purchase);
        outcome.disputes().forEach(this::dispute);
        for (DecisionKind kind : DecisionKind.values()) {
            for (String id : previous.getOrDefault(kind, Map.of()).keySet()) {
                if (!next.get(kind).containsKey(id)) {
                    changes.remove(kind, id);
                }
            }
        }
        return new Result(changes, next);
    }

    private void verdict(VerdictDecision decision) {
        String id = decision.verdict().registrationId();
        Remembered before = before(DecisionKind.VERDICT, id, decision);
        if (before != null) {
            return;
        }
        byte[] json = DecisionJson.verdict(decision.verdict());
        String hash = hash(json);
        KnownDecision known = known(DecisionKind.VERDICT, id);
        if (known != null && ContentHash.matches(known.contentHash(), hash)) {
            remember(DecisionKind.VERDICT, id, decision, known);
            return;
        }
        int published = known == null ? 0 : known.publications();
        Instant causedAt = businessTime(decision.verdict().explanation());
        publish(DecisionKind.VERDICT, id, published, json, hash, decision.clientKey(), causedAt,
                decision.verdict().explanation());
        changes.verdicts.add(new ProjectionChanges.Verdict(decision.clientKey(), decision.verdict(), json, hash, published + 1,
                causedAt, known == null));
        remember(DecisionKind.VERDICT, id, decision, new KnownDecision(hash, hash, published + 1));
        sliced();
    }

    private void client(ClientDecision decision) {
        String id = decision.clientKey();
        if (before(DecisionKind.CLIENT, id, decision) != null) {
            return;
        }
        byte[] currentJson = DecisionJson.ownership(decision.current());
        byte[] historyJson = DecisionJson.history(decision.history());
        ContentHash current = ContentHash.of(currentJson);
        String contentHash = current.hex();
        String decisionHash = current.and(ContentHash.of(historyJson)).hex();
        KnownDecision known = known(DecisionKind.CLIENT, id);
        if (known != null && ContentHash.matches(known.rowHash(), decisionHash)) {
            remember(DecisionKind.CLIENT, id, decision, known);
            return;
        }
        int published = known == null ? 0 : known.publications();
        boolean changed = known == null || !ContentHash.matches(known.contentHash(), contentHash);
        Instant causedAt = decision.current() == null ? null : businessTime(decision.current().explanation());
        if (changed && decision.current() != null) {
            publish(DecisionKind.CLIENT, id, published, currentJson, contentHash, id, causedAt,
                    decision.current().explanation());
            published++;
        }
        changes.clients.add(new ProjectionChanges.Client(decision, currentJson, contentHash, decisionHash, published, historyJson,
                causedAt, known == null));
        remember(DecisionKind.CLIENT, id, decision, new KnownDecision(contentHash, decisionHash, published));
        sliced();
    }

    private void purchase(PurchaseDecision decision) {
        PurchaseAttributed folded = decision.attribution();
        String id = folded.purchaseId();
        if (before(DecisionKind.PURCHASE, id, decision) != null) {
            return;
        }
        byte[] foldedJson = DecisionJson.purchase(folded);
        String hash = hash(foldedJson);
        KnownDecision known = known(DecisionKind.PURCHASE, id);
        if (known != null && ContentHash.matches(known.contentHash(), hash)) {
            remember(DecisionKind.PURCHASE, id, decision, known);
            return;
        }
        int published = known == null ? 0 : known.publications();
        // the fold knows nothing of publications; the revision tells commission how many came before
        PurchaseAttributed revised = new PurchaseAttributed(folded.purchaseId(), folded.unitId(), folded.unitType(),
                folded.amount(), folded.subscribedAt(), folded.contractedAt(), folded.cancelledAt(), folded.channelId(),
                folded.agentId(), published, folded.explanation());
        byte[] revisedJson = DecisionJson.purchase(revised);
        Instant causedAt = businessTime(folded.explanation());
        publish(DecisionKind.PURCHASE, id, published, revisedJson, hash, decision.clientKey(), causedAt,
                folded.explanation());
        changes.purchases.add(new ProjectionChanges.Purchase(decision.clientKey(), revised, revisedJson, hash, published + 1,
                causedAt, known == null));
        remember(DecisionKind.PURCHASE, id, decision, new KnownDecision(hash, hash, published + 1));
        sliced();
    }

    private void dispute(DisputeDecision decision) {
        String id = decision.disputeId();
        if (before(DecisionKind.DISPUTE, id, decision) != null) {
            return;
        }
        byte[] json = DecisionJson.dispute(decision);
        String hash = hash(json);
        KnownDecision known = known(DecisionKind.DISPUTE, id);
        if (known != null && ContentHash.matches(known.contentHash(), hash)) {
            remember(DecisionKind.DISPUTE, id, decision, known);
            return;
        }
        int published = known == null ? 0 : known.publications();
        Instant causedAt = businessTime(decision.explanation());
        publish(DecisionKind.DISPUTE, id, published, json, hash, decision.clientKey(), causedAt,
                decision.explanation());
        changes.disputes.add(new ProjectionChanges.Dispute(decision, json, hash, published + 1, causedAt,
                known == null));
        remember(DecisionKind.DISPUTE, id, decision, new KnownDecision(hash, hash, published + 1));
        sliced();
    }

    /** The previous entry when the fold made exactly this decision last time (remembered again), else null. */
    private Remembered before(DecisionKind kind, String id, Object decision) {
        if (since == null && next.get(kind).containsKey(id)) {
            // one decision per id; a second one would be a fold error, and writing both would fail the batch
            return next.get(kind).get(id);
        }
        Remembered before = previous.getOrDefault(kind, Map.of()).get(id);
        if (before != null && decision == before.value()) {
            if (since == null) {
                next.get(kind).put(id, before);
            }
            return before;
        }
        if (before != null && decision.equals(before.value())) {
            // an equal decision of a new fold: remember the new object, which the fold's Outcome holds anyway, so the
            // old one (with its explanation and texts) is not kept beside it; and the next comparison is by identity
            Remembered same = new Remembered(decision, before.known());
            next.get(kind).put(id, same);
            return same;
        }
        return null;
    }

    private KnownDecision known(DecisionKind kind, String id) {
        Remembered before = previous.getOrDefault(kind, Map.of()).get(id);
        return before == null ? null : before.known();
    }

    private void remember(DecisionKind kind, String id, Object decision, KnownDecision known) {
        next.get(kind).put(id, new Remembered(decision, known));
    }

    /**
     * Queues a reference; the relay builds the envelope from what the projection row holds (see
     * {@link OutboxMessages}), which is what the publication carries too.
     */
    private void publish(DecisionKind kind, String id, int publication, byte[] body, String contentHash, String clientKey,
                         Instant causedAt, Explanation explanation) {
        EventEnvelope cause = cause(explanation);
        changes.publications.add(new ProjectionChanges.Publication(kind, id, publication, body, contentHash, clientKey,
                causedAt, cause == null ? null : cause.eventId()));
    }

    /** The business time of the event that caused the decision; the latest event's when the explanation names none we hold. */
    private Instant businessTime(Explanation explanation) {
        EventEnvelope cause = cause(explanation);
        if (cause != null) {
            return cause.occurredAt();
        }
        return latest != null ? latest : now;
    }

    /**
     * The event behind a decision: the one the explanation says caused it, else the latest of those it names; null
     * when it names none we hold. Its business time is the envelope's time, its trace the record's (ADR 0026).
     */
    private EventEnvelope cause(Explanation explanation) {
        if (byId == null && fold != null) {
            byId = fold.eventsById();
            latest = fold.latest();
        }
        if (byId == null) {
            byId = new HashMap<>(events.size() * 2);
            for (EventEnvelope event : events) {
                byId.put(event.eventId(), event);
                if (latest == null || event.occurredAt().isAfter(latest)) {
                    latest = event.occurredAt();
                }
            }
        }
        if (explanation == null) {
            return null;
        }
        EventEnvelope cause = explanation.causedBy() == null ? null : byId.get(explanation.causedBy());
        if (cause != null) {
            return cause;
        }
        EventEnvelope used = null;
        for (String eventId : explanation.eventIds()) {
            EventEnvelope event = byId.get(eventId);
            if (event != null && (used == null || event.occurredAt().isAfter(used.occurredAt()))) {
                used = event;
            }
        }
        return used;
    }

    private static String hash(byte[] json) {
        return ContentHash.of(json).hex();
    }
}
