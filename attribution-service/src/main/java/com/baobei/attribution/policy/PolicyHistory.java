package com.baobei.attribution.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The versions of one project's policy; a decision uses the version in force at the event's
 * business time: the one with the latest {@code effectiveFrom} on or before that day (in the
 * version's zone), ties broken by the higher version. A time before every version uses the first.
 */
public record PolicyHistory(List<ProjectPolicy> versions) {

    private static final Comparator<ProjectPolicy> ORDER = Comparator
            .comparing(ProjectPolicy::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(ProjectPolicy::version);

    public PolicyHistory {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("versions: at least one policy version is required");
        }
        List<ProjectPolicy> sorted = new ArrayList<>(versions);
        if (sorted.contains(null)) {
            throw new IllegalArgumentException("versions: must not contain null");
        }
        sorted.sort(ORDER);
        versions = List.copyOf(sorted);
    }

    public static PolicyHistory of(ProjectPolicy... versions) {
        return new PolicyHistory(List.of(versions));
    }

    public static PolicyHistory defaults() {
        return of(ProjectPolicy.defaults());
    }

    public ProjectPolicy inForceAt(Instant businessTime) {
        ProjectPolicy inForce = versions.get(0);
        for (ProjectPolicy candidate : versions) {
            LocalDate from = candidate.effectiveFrom();
            if (from == null || candidate.zone() == null) {
                continue;
            }
            if (!businessTime.atZone(candidate.zone()).toLocalDate().isBefore(from)) {
                inForce = candidate;
            }
        }
        return inForce;
    }

    /** The latest version (what "the project's zone" means when no event pins a time). */
    public ProjectPolicy latest() {
        return versions.get(versions.size() - 1);
    }

    /** Empty when every version is valid and versions are unique; each entry names the field. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            ProjectPolicy policy = versions.get(i);
            for (String problem : policy.problems()) {
                problems.add("versions[" + i + "]." + problem);
            }
            if (!seen.add(policy.version())) {
                problems.add("versions[" + i + "].version: duplicate version " + policy.version());
            }
        }
        return List.copyOf(problems);
    }
}
