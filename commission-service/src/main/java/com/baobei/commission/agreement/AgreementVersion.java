package com.baobei.commission.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of an agreement, in force from {@code effectiveFrom} until the next version. A
 * period is settled under one version: later versions must start on a period's first day.
 */
public record AgreementVersion(int version, LocalDate effectiveFrom, TierTable tiers, Trigger trigger, Scope scope) {

    public List<Problem> problems(String field) {
        List<Problem> problems = new ArrayList<>();
        if (version < 1) {
            problems.add(new Problem(field + ".version", "must be 1 or more"));
        }
        if (effectiveFrom == null) {
            problems.add(new Problem(field + ".effectiveFrom", "required"));
        }
        if (trigger == null) {
            problems.add(new Problem(field + ".trigger", "required: SUBSCRIPTION or CONTRACT"));
        }
        if (tiers == null) {
            problems.add(new Problem(field + ".tiers", "required"));
        } else {
            problems.addAll(tiers.problems(field));
        }
        if (scope != null) {
            problems.addAll(scope.problems(field + ".scope"));
        }
        return problems;
    }

    public Scope scopeOrDefault() {
        return scope == null ? Scope.DEFAULT : scope;
    }
}
