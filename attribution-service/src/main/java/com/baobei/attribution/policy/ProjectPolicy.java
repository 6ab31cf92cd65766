package com.baobei.attribution.policy;

import com.baobei.contracts.UnitType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a project's policy; every bracketed value of the rulebook is a field here.
 * Days count the starting day as day 1 and are calendar days in {@link #zone()}.
 */
public record ProjectPolicy(
        int version,
        LocalDate effectiveFrom,
        ZoneId zone,
        int leadTimeMinutes,
        ValidityMode validityMode,
        int validityDays,
        LocalDate openingDay,
        int protectionDays,
        int naturalProtectionDays,
        int renewalWindowDays,
        int repeatLimit,
        int qualityMinRegistrations,
        int qualityMinVisitRatePercent,
        int referralDays,
        int lateClaimDays,
        Set<UnitType> excludedUnitTypes) {

    /** The first day any default applies from: earlier than any project's history. */
    public static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public ProjectPolicy {
        // an EnumSet keeps a stable iteration order, so equal policies also print and serialise equally
        if (excludedUnitTypes != null) {
            EnumSet<UnitType> copy = EnumSet.noneOf(UnitType.class);
            for (UnitType type : excludedUnitTypes) {
                if (type != null) {
                    copy.add(type);
                }
            }
            excludedUnitTypes = Collections.unmodifiableSet(copy);
        }
    }

    /** The rulebook's bracketed defaults, version 1, in force from {@link #BEGINNING}. */
    public static ProjectPolicy defaults() {
        return new ProjectPolicy(1, BEGINNING, DEFAULT_ZONE,
                30, ValidityMode.SAME_DAY, 1, null,
                30, 30, 7, 3, 10, 50, 30, 3,
                EnumSet.of(UnitType.PARKING));
    }

    /** Empty when valid; each entry names the offending field first ("field: why"). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version < 1) {
            problems.add("version: must be at least 1");
        }
        if (effectiveFrom == null) {
            problems.add("effectiveFrom: required");
        }
        if (zone == null) {
            problems.add("zone: required");
        }
        if (leadTimeMinutes < 0 || leadTimeMinutes > 7 * 24 * 60) {
            problems.add("leadTimeMinutes: must be between 0 and 10080");
        }
        if (validityMode == null) {
            problems.add("validityMode: required");
        } else if (validityMode != ValidityMode.SAME_DAY && validityDays < 1) {
            problems.add("validityDays: must be at least 1 for " + validityMode);
        } else if (validityMode == ValidityMode.UNTIL_OPENING_PLUS_DAYS && openingDay == null) {
            problems.add("openingDay: required for UNTIL_OPENING_PLUS_DAYS");
        }
        if (validityDays < 0) {
            problems.add("validityDays: must not be negative");
        }
        positive(problems, "protectionDays", protectionDays);
        positive(problems, "naturalProtectionDays", naturalProtectionDays);
        if (renewalWindowDays < 0) {
            problems.add("renewalWindowDays: must not be negative");
        } else if (protectionDays >= 1 && renewalWindowDays > protectionDays) {
            problems.add("renewalWindowDays: must not exceed protectionDays");
        }
        positive(problems, "repeatLimit", repeatLimit);
        positive(problems, "qualityMinRegistrations", qualityMinRegistrations);
        if (qualityMinVisitRatePercent < 0 || qualityMinVisitRatePercent > 100) {
            problems.add("qualityMinVisitRatePercent: must be between 0 and 100");
        }
        if (referralDays < 0) {
            problems.add("referralDays: must not be negative");
        }
        if (lateClaimDays < 0) {
            problems.add("lateClaimDays: must not be negative");
        }
        if (excludedUnitTypes == null) {
            problems.add("excludedUnitTypes: required (may be empty)");
        }
        return List.copyOf(problems);
    }

    private static void positive(List<String> problems, String field, int value) {
        if (value < 1) {
            problems.add(field + ": must be at least 1");
        }
    }
}
