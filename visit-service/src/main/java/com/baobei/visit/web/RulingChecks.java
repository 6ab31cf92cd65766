package com.baobei.visit.web;

import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What a ruling needs beyond the shape of each field (DSP-2, ID-3). */
final class RulingChecks {

    private RulingChecks() {
    }

    static List<FieldProblem> problems(RulingRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.ownerKind() == OwnerKind.CHANNEL && r.channelId() == null) {
            problems.add(new FieldProblem("channelId", "DSP-2: a ruling for a channel names the channel"));
        }
        if (r.ownerKind() == OwnerKind.OFFICE && r.channelId() != null) {
            problems.add(new FieldProblem("channelId", "a ruling for the office names no channel"));
        }
        if (r.ownerKind() == OwnerKind.OFFICE && r.agentId() != null) {
            problems.add(new FieldProblem("agentId", "a ruling for the office names no agent"));
        }
        if (r.linkedPhones() != null && new HashSet<>(r.linkedPhones()).size() != r.linkedPhones().size()) {
            problems.add(new FieldProblem("linkedPhones", "ID-3: each linked number once"));
        }
        return problems;
    }
}
