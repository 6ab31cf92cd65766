package com.baobei.demo.month;

import java.time.LocalDate;

/**
 * A project's attribution policy, as {@code PUT /api/v1/projects/{projectId}/policy} takes it: the fields that
 * differ from the rulebook's defaults (null means the default).
 *
 * @param validityMode SAME_DAY, DAYS or UNTIL_OPENING_PLUS_DAYS (REG-3)
 */
public record Policy(LocalDate effectiveFrom, String validityMode, Integer validityDays, LocalDate openingDay,
                     Integer protectionDays, Integer renewalWindowDays) {

    public String describe() {
        String validity = switch (validityMode) {
            case "SAME_DAY" -> "registration valid the same day";
            case "DAYS" -> "registration valid " + validityDays + " days";
            default -> "pre-launch: registration valid until opening (" + openingDay + ") + " + validityDays + " days";
        };
        return validity + ", " + (protectionDays == null ? 30 : protectionDays) + "-day protection";
    }
}
