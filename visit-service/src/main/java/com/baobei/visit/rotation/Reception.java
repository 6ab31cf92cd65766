package com.baobei.visit.rotation;

import java.util.List;

/**
 * Who receives a visitor, whether that used the rotation's turn, and why: the rule ids that decided it and a short
 * reason, kept with the visit as its reception's explanation.
 *
 * @param outsideRouting the consultant took a channel's client outside the project's routing (ROT-4, COM-4)
 */
public record Reception(String consultantId, boolean turnTaken, List<String> ruleIds, String reason,
                        boolean outsideRouting) {

    public Reception {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public Reception(String consultantId, boolean turnTaken) {
        this(consultantId, turnTaken, List.of(), null, false);
    }

    public static Reception by(String consultantId, boolean turnTaken, String ruleId, String reason) {
        return new Reception(consultantId, turnTaken, List.of(ruleId), reason, false);
    }
}
