package com.baobei.commission.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A channel's agreement for one project: its versions (COM-1 tiers, COM-3 trigger, PUR-3 scope)
 * and its settlement periods (COM-2). Deals before the first version's date earn nothing.
 *
 * @param revision       increases with every change; a change that moves money for an issued period
 *                       is cited as {@link #changeId()}
 * @param zone           calendar days and periods are counted here (Asia/Shanghai by default)
 * @param firstPeriodEnd the last day of a custom first period starting on the first version's date; null
 *                       for natural months from the start
 */
public record Agreement(String projectId, String channelId, int revision, ZoneId zone, LocalDate firstPeriodEnd,
                        List<AgreementVersion> versions) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Agreement {
        zone = zone == null ? DEFAULT_ZONE : zone;
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (versions.isEmpty()) {
            problems.add(new Problem("versions", "at least one version is required"));
            return problems;
        }
        for (int i = 0; i < versions.size(); i++) {
            AgreementVersion v = versions.get(i);
            if (v == null) {
                problems.add(new Problem("versions[" + i + "]", "a version cannot be null"));
                return problems;
            }
            problems.addAll(v.problems("versions[" + i + "]"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDate start = versions.get(0).effectiveFrom();
        if (firstPeriodEnd != null && firstPeriodEnd.isBefore(start)) {
            problems.add(new Problem("firstPeriodEnd", "the custom first period cannot end before the agreement date "
                    + start));
            return problems;
        }
        PeriodScheme scheme = scheme();
        for (int i = 1; i < versions.size(); i++) {
            AgreementVersion previous = versions.get(i - 1);
            AgreementVersion v = versions.get(i);
            String at = "versions[" + i + "]";
            if (v.version() <= previous.version()) {
                problems.add(new Problem(at + ".version", "versions must be numbered in increasing order"));
            }
            if (!v.effectiveFrom().isAfter(previous.effectiveFrom())) {
                problems.add(new Problem(at + ".effectiveFrom", "must be after the previous version's "
                        + previous.effectiveFrom()));
            } else if (!scheme.isPeriodStart(v.effectiveFrom())) {
                problems.add(new Problem(at + ".effectiveFrom", "a new version takes effect on the first day of a "
                        + "settlement period, so that one period is settled under one version; "
                        + v.effectiveFrom() + " is inside " + scheme.periodOf(v.effectiveFrom())));
            }
        }
        return problems;
    }

    public LocalDate start() {
        return versions.get(0).effectiveFrom();
    }

    public PeriodScheme scheme() {
        return firstPeriodEnd == null ? PeriodScheme.NATURAL_MONTHS : new PeriodScheme(start(), firstPeriodEnd);
    }

    /** The version in force on a day, or empty before the agreement starts. */
    public Optional<AgreementVersion> versionAt(LocalDate day) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(AgreementVersion::effectiveFrom));
    }

    /** The version that settles a period: the one in force on its last day (versions start on period starts). */
    public Optional<AgreementVersion> versionFor(Period period) {
        return versionAt(period.end());
    }

    public String changeId() {
        return "agreement:" + projectId + ":" + channelId + ":r" + revision;
    }
}
