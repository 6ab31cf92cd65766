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

    /** The first and last days a policy date may name (ADR 0022): a real project's life, never year 999999999. */
    public static final LocalDate FIRST_DAY = BEGINNING;
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
    /** The longest period in days any setting may name: ten years (ADR 0022). */
    public static final int MAX_DAYS = 3650;
    public static final int MAX_VERSION = 10_000;
    public static final int MAX_REPEAT_LIMIT = 1_000;
    public static final int MAX_QUALITY_REGISTRATIONS = 10_000;

    /** Empty when valid; each entry names the offending field first ("field: why"). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version < 1 || version > MAX_VERSION) {
            problems.add("version: must be between 1 and " + MAX_VERSION);
        }
        if (effectiveFrom == null) {
            problems.add("effectiveFrom: required");
        } else {
            day(problems, "effectiveFrom", effectiveFrom);
        }
        if (zone == null) {
            problems.add("zone: required");
        } else if (!isRegion(zone)) {
            problems.add("zone: a region id such as Asia/Shanghai, not an offset");
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
        if (validityDays < 0 || validityDays > MAX_DAYS) {
            problems.add("validityDays: must be between 0 and " + MAX_DAYS);
        }
        if (openingDay != null) {
            day(problems, "openingDay", openingDay);
        }
        days(problems, "protectionDays", protectionDays, 1);
        days(problems, "naturalProtectionDays", naturalProtectionDays, 1);
        if (renewalWindowDays < 0) {
            problems.add("renewalWindowDays: must not be negative");
        } else if (protectionDays >= 1 && renewalWindowDays > protectionDays) {
            problems.add("renewalWindowDays: must not exceed protectionDays");
        } else if (renewalWindowDays > MAX_DAYS) {
            problems.add("renewalWindowDays: must be between 0 and " + MAX_DAYS);
        }
        within(problems, "repeatLimit", repeatLimit, 1, MAX_REPEAT_LIMIT);
        within(problems, "qualityMinRegistrations", qualityMinRegistrations, 1, MAX_QUALITY_REGISTRATIONS);
        if (qualityMinVisitRatePercent < 0 || qualityMinVisitRatePercent > 100) {
            problems.add("qualityMinVisitRatePercent: must be between 0 and 100");
        }
        days(problems, "referralDays", referralDays, 0);
        days(problems, "lateClaimDays", lateClaimDays, 0);
        if (excludedUnitTypes == null) {
            problems.add("excludedUnitTypes: required (may be empty)");
        }
        return List.copyOf(problems);
    }

    /**
     * A zone a project can be in: a region of the time-zone database (Asia/Shanghai), never a fixed offset such as
     * UTC+18 or Etc/GMT-8, which would not follow the region's rules.
     */
    public static boolean isRegion(ZoneId zone) {
        String id = zone.getId();
        return id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                && ZoneId.getAvailableZoneIds().contains(id);
    }

    private static void day(List<String> problems, String field, LocalDate day) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            problems.add(field + ": must be between " + FIRST_DAY + " and " + LAST_DAY);
        }
    }

    private static void days(List<String> problems, String field, int value, int min) {
        within(problems, field, value, min, MAX_DAYS);
    }

    private static void within(List<String> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(field + ": must be between " + min + " and " + max);
        }
    }
}
