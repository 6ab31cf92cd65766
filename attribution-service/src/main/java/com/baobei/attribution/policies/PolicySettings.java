package com.baobei.attribution.policies;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.policy.ValidityMode;
import com.baobei.contracts.UnitType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of one policy version. A field left out takes the named preset's value, else the rulebook's
 * default, so a project states only what differs; {@code version} is assigned by the server. A stored version
 * holds every value (the preset's copied in, ADR 0029) and the preset's id only as where it started.
 */
@Schema(description = "One policy version; omitted fields take the preset's values (when one is named), else the "
        + "rulebook defaults (the bracketed values)")
public record PolicySettings(
        @Schema(description = "assigned by the server; accepted only in simulations", accessMode = Schema.AccessMode.READ_ONLY)
        Integer version,
        @Schema(description = "first day (project time zone) this version applies to", example = "2025-03-01")
        LocalDate effectiveFrom,
        @Schema(description = "the project's time zone", example = "Asia/Shanghai") ZoneId zone,
        @Schema(description = "REG-1 lead time", example = "30") Integer leadTimeMinutes,
        @Schema(description = "REG-3 validity mode") ValidityMode validityMode,
        @Schema(description = "REG-3 days for DAYS and UNTIL_OPENING_PLUS_DAYS", example = "1") Integer validityDays,
        @Schema(description = "REG-3 opening day for UNTIL_OPENING_PLUS_DAYS") LocalDate openingDay,
        @Schema(description = "VIS-4 protection days", example = "30") Integer protectionDays,
        @Schema(description = "VIS-2 natural visit protection days", example = "30") Integer naturalProtectionDays,
        @Schema(description = "VIS-5 renewal window days", example = "7") Integer renewalWindowDays,
        @Schema(description = "REG-5 registrations per channel and client", example = "3") Integer repeatLimit,
        @Schema(description = "REG-6 registrations a day that make a channel's day judged", example = "10") Integer qualityMinRegistrations,
        @Schema(description = "REG-6 minimum visit rate that day, percent", example = "50") Integer qualityMinVisitRatePercent,
        @Schema(description = "PUR-6 referral window days; 0: no referral window", example = "30") Integer referralDays,
        @Schema(description = "PUR-7 late claim window days", example = "3") Integer lateClaimDays,
        @Schema(description = "PUR-3 unit types that earn no channel commission") Set<UnitType> excludedUnitTypes,
        @Schema(description = "a preset of GET /api/v1/policy-presets to start from (e.g. zeke-group): its values fill "
                + "what is left out here and are copied into the version; the version keeps the id as where it started",
                example = "zeke-group") String preset) {

    /**
     * The policy this describes, as the given version: the named preset's values, else the defaults, filling what is
     * left out. A preset no longer known (a stored version outlived it) fills nothing: stored versions hold every value.
     */
    public ProjectPolicy toPolicy(int assignedVersion, LocalDate defaultEffectiveFrom) {
        ProjectPolicy d = preset == null ? ProjectPolicy.defaults()
                : PolicyPresets.find(preset).map(PolicyPreset::policy).orElse(ProjectPolicy.defaults());
        return new ProjectPolicy(assignedVersion,
                or(effectiveFrom, defaultEffectiveFrom),
                or(zone, d.zone()),
                or(leadTimeMinutes, d.leadTimeMinutes()),
                or(validityMode, d.validityMode()),
                or(validityDays, d.validityDays()),
                openingDay,
                or(protectionDays, d.protectionDays()),
                or(naturalProtectionDays, d.naturalProtectionDays()),
                or(renewalWindowDays, d.renewalWindowDays()),
                or(repeatLimit, d.repeatLimit()),
                or(qualityMinRegistrations, d.qualityMinRegistrations()),
                or(qualityMinVisitRatePercent, d.qualityMinVisitRatePercent()),
                or(referralDays, d.referralDays()),
                or(lateClaimDays, d.lateClaimDays()),
                or(excludedUnitTypes, d.excludedUnitTypes()));
    }

    /**
     * What the JSON form alone gets wrong, before defaults fill it in ("field: why"): a list may not hold null
     * (the policy would silently drop it and exclude less than the sender meant).
     */
    public List<String> formProblems() {
        if (excludedUnitTypes != null && excludedUnitTypes.stream().anyMatch(type -> type == null)) {
            return List.of("excludedUnitTypes: must not hold null");
        }
        if (preset != null && PolicyPresets.find(preset).isEmpty()) {
            // the unknown id is not repeated: what a caller typed is never echoed into a problem
            return List.of("preset: not a known preset; the presets are " + String.join(", ", PolicyPresets.ids()));
        }
        return List.of();
    }

    /** The same settings, saying which preset they started from. */
    public PolicySettings startedFrom(String presetId) {
        return new PolicySettings(version, effectiveFrom, zone, leadTimeMinutes, validityMode, validityDays, openingDay,
                protectionDays, naturalProtectionDays, renewalWindowDays, repeatLimit, qualityMinRegistrations,
                qualityMinVisitRatePercent, referralDays, lateClaimDays, excludedUnitTypes, presetId);
    }

    public static PolicySettings of(ProjectPolicy p) {
        return new PolicySettings(p.version(), p.effectiveFrom(), p.zone(), p.leadTimeMinutes(), p.validityMode(),
                p.validityDays(), p.openingDay(), p.protectionDays(), p.naturalProtectionDays(), p.renewalWindowDays(),
                p.repeatLimit(), p.qualityMinRegistrations(), p.qualityMinVisitRatePercent(), p.referralDays(),
                p.lateClaimDays(), p.excludedUnitTypes(), null);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
