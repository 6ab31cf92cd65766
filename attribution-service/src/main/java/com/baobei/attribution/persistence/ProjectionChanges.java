package com.baobei.attribution.persistence;

import com.baobei.attribution.fold.ClientDecision;
import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one fold changed in a project's projection, and what it must publish. {@code fresh}: the
 * projection holds no row for that decision yet. JSON is UTF-8 bytes, as it is written and stored.
 */
public final class ProjectionChanges {

    public record Verdict(String clientKey, RegistrationVerdict verdict, byte[] json, String hash, int publications,
                          Instant causedAt, boolean fresh) {
    }

    public record Client(ClientDecision decision, byte[] json, String contentHash, String decisionHash,
                         int publications, byte[] historyJson, Instant causedAt, boolean fresh) {
    }

    public record Purchase(String clientKey, PurchaseAttributed attribution, byte[] json, String hash, int publications,
                           Instant causedAt, boolean fresh) {
    }

    public record Dispute(DisputeDecision decision, byte[] json, String hash, int publications, Instant causedAt,
                          boolean fresh) {
    }

    /**
     * The {@code publication}-th publication (from 0) of a decision, queued for the relay, with what its
     * projection row holds: the body, its content hash, the client key and the business time it was caused at;
     * {@code causeEventId} the event behind it, whose trace the publication continues (ADR 0026), null if none.
     */
    public record Publication(DecisionKind kind, String decisionId, int publication, byte[] body, String contentHash,
                              String clientKey, Instant causedAt, String causeEventId) {
    }

    public final List<Verdict> verdicts = new ArrayList<>();
    public final List<Client> clients = new ArrayList<>();
    public final List<Purchase> purchases = new ArrayList<>();
    public final List<Dispute> disputes = new ArrayList<>();
    public final Map<DecisionKind, List<String>> removed = new EnumMap<>(DecisionKind.class);
    public final List<Publication> publications = new ArrayList<>();

    public void remove(DecisionKind kind, String id) {
        removed.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
    }

    public boolean isEmpty() {
        return verdicts.isEmpty() && clients.isEmpty() && purchases.isEmpty() && disputes.isEmpty()
                && removed.isEmpty() && publications.isEmpty();
    }
}
