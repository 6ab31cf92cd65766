package com.baobei.attribution.live;

import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;

/**
 * The decisions' JSON as the published language's mapper writes it, as UTF-8 bytes: what a projection row holds, what
 * its hash is taken over and what the relay wraps in an envelope. (A hand-written writer did this until issue 16's
 * review: it saved 0.5 µs per decision, about 45 ms of a whole 100,000-event fold's writing and nothing a live burst
 * notices — {@code HandMadeBenchmark}, ADR 0031.)
 */
final class DecisionJson {

    private static final ObjectWriter WRITER = EventJson.mapper().writer();

    private DecisionJson() {
    }

    static byte[] verdict(RegistrationVerdict v) {
        return write(v);
    }

    /** {@code null} when the client has no current owner. */
    static byte[] ownership(OwnershipChanged o) {
        return write(o);
    }

    static byte[] history(List<OwnershipChanged> history) {
        return write(history);
    }

    static byte[] purchase(PurchaseAttributed p) {
        return write(p);
    }

    static byte[] dispute(DisputeDecision d) {
        return write(d);
    }

    private static byte[] write(Object decision) {
        try {
            return WRITER.writeValueAsBytes(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision the mapper cannot write: " + decision.getClass(), e);
        }
    }
}
