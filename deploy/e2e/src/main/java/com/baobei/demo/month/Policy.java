package com.baobei.demo.month;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's attribution policy, as {@code PUT /api/v1/projects/{projectId}/policy} takes it: the preset it starts
 * from (ADR 0029; null: the rulebook's defaults) and the values the month's script is written for, sent as given
 * (where they equal the preset's they change nothing). The values name what the generator needs to know.
 *
 * @param validityMode SAME_DAY, DAYS or UNTIL_OPENING_PLUS_DAYS (REG-3)
 * @param pinned       further settings the script needs other than the preset's (field → value)
 */
public record Policy(LocalDate effectiveFrom, String preset, String validityMode, Integer validityDays,
                     LocalDate openingDay, Integer protectionDays, Integer renewalWindowDays, Map<String, Integer> pinned) {

    public Policy {
        pinned = pinned == null ? Map.of() : Map.copyOf(new TreeMap<>(pinned));
    }

    /** A policy on the rulebook's defaults with these values (no preset). */
    public Policy(LocalDate effectiveFrom, String validityMode, Integer validityDays, LocalDate openingDay,
                  Integer protectionDays, Integer renewalWindowDays) {
        this(effectiveFrom, null, validityMode, validityDays, openingDay, protectionDays, renewalWindowDays, Map.of());
    }

    public String describe() {
        String validity = switch (validityMode) {
            case "SAME_DAY" -> "registration valid the same day";
            case "DAYS" -> "registration valid " + validityDays + " days";
            default -> "pre-launch: registration valid until opening (" + openingDay + ") + " + validityDays + " days";
        };
        return validity + ", " + (protectionDays == null ? 30 : protectionDays) + "-day protection";
    }
}
