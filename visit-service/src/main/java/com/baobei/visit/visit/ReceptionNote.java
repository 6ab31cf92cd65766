package com.baobei.visit.visit;

import java.util.List;

/**
 * Why the visit's consultant received it: the rule ids that chose them (ROT-1, ROT-4, VIS-8, VIS-9 …) and a short
 * reason. {@code outsideRouting}: a channel's client taken outside the project's routing, poaching (ROT-4, COM-4).
 */
public record ReceptionNote(List<String> ruleIds, String reason, boolean outsideRouting) {

    public ReceptionNote {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }
}
