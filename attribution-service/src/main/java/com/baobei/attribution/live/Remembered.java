package com.baobei.attribution.live;

import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.KnownDecision;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A decision as the projection holds it; {@code value} is the fold's record when this instance
 * made it (then an equal record means "unchanged" without serialising), null when read from the table.
 */
record Remembered(Object value, KnownDecision known) {

    /** A project without events has no decisions in the projection. */
    static Map<DecisionKind, Map<String, Remembered>> none() {
        return fromStore(Map.of());
    }

    static Map<DecisionKind, Map<String, Remembered>> fromStore(Map<DecisionKind, Map<String, KnownDecision>> stored) {
        Map<DecisionKind, Map<String, Remembered>> remembered = new EnumMap<>(DecisionKind.class);
        for (DecisionKind kind : DecisionKind.values()) {
            Map<String, Remembered> byId = new HashMap<>();
            stored.getOrDefault(kind, Map.of()).forEach((id, known) -> byId.put(id, new Remembered(null, known)));
            remembered.put(kind, byId);
        }
        return remembered;
    }
}
