package com.baobei.attribution.policies;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.policy.ValidityMode;
import com.baobei.contracts.UnitType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of the seed's policy documents as a starting point for a project's policy (ADR 0029): every value the
 * fold reads, those the document states with the paragraph they come from ({@code sources}), the others the
 * rulebook's defaults; and {@code notes} on what the document says that this policy does not decide.
 */
@Schema(description = "A policy document of the seed as a named starting point for a project's policy")
public record PolicyPreset(
        @Schema(example = "zeke-group") String id,
        @Schema(example = "泽科集团渠道管理规范") String name,
        @Schema(description = "the document's title in the seed (shared/seeds)") String document,
        @Schema(description = "every value; effectiveFrom, version and openingDay are the project's own") PolicySettings settings,
        @Schema(description = "setting → the paragraph of the document it comes from; settings not named here are "
                + "not stated by the document and keep the rulebook's defaults") Map<String, String> sources,
        @Schema(description = "what the document says that this policy does not decide, and where it is decided instead")
        List<String> notes) {

    public PolicyPreset {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        notes = List.copyOf(notes);
    }

    /** The preset's values as a policy (version 1, in force from the beginning), which is what the fold reads. */
    @JsonIgnore
    public ProjectPolicy policy() {
        return settings.toPolicy(1, ProjectPolicy.BEGINNING);
    }

    static Builder of(String id, String name, String document) {
        return new Builder(id, name, document);
    }

    /** Each value is given with the paragraph it comes from, so the citation cannot be forgotten. */
    static final class Builder {
        private final String id;
        private final String name;
        private final String document;
        private final ProjectPolicy d = ProjectPolicy.defaults();
        private int leadTimeMinutes = d.leadTimeMinutes();
        private ValidityMode validityMode = d.validityMode();
        private int validityDays = d.validityDays();
        private int protectionDays = d.protectionDays();
        private int naturalProtectionDays = d.naturalProtectionDays();
        private int renewalWindowDays = d.renewalWindowDays();
        private int repeatLimit = d.repeatLimit();
        private int qualityMinRegistrations = d.qualityMinRegistrations();
        private int qualityMinVisitRatePercent = d.qualityMinVisitRatePercent();
        private int referralDays = d.referralDays();
        private int lateClaimDays = d.lateClaimDays();
        private Set<UnitType> excludedUnitTypes = d.excludedUnitTypes();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String name, String document) {
            this.id = id;
            this.name = name;
            this.document = document;
        }

        Builder leadTimeMinutes(int minutes, String source) {
            leadTimeMinutes = minutes;
            return cite("leadTimeMinutes", source);
        }

        Builder validity(ValidityMode mode, int days, String source) {
            validityMode = mode;
            validityDays = days;
            cite("validityMode", source);
            return cite("validityDays", source);
        }

        Builder protectionDays(int days, String source) {
            protectionDays = days;
            return cite("protectionDays", source);
        }

        Builder naturalProtectionDays(int days, String source) {
            naturalProtectionDays = days;
            return cite("naturalProtectionDays", source);
        }

        Builder renewalWindowDays(int days, String source) {
            renewalWindowDays = days;
            return cite("renewalWindowDays", source);
        }

        Builder repeatLimit(int times, String source) {
            repeatLimit = times;
            return cite("repeatLimit", source);
        }

        Builder quality(int minRegistrations, int minVisitRatePercent, String source) {
            qualityMinRegistrations = minRegistrations;
            qualityMinVisitRatePercent = minVisitRatePercent;
            cite("qualityMinRegistrations", source);
            return cite("qualityMinVisitRatePercent", source);
        }

        Builder referralDays(int days, String source) {
            referralDays = days;
            return cite("referralDays", source);
        }

        Builder lateClaimDays(int days, String source) {
            lateClaimDays = days;
            return cite("lateClaimDays", source);
        }

        Builder excluded(Set<UnitType> types, String source) {
            excludedUnitTypes = EnumSet.copyOf(types);
            return cite("excludedUnitTypes", source);
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        private Builder cite(String field, String source) {
            sources.put(field, source);
            return this;
        }

        PolicyPreset build() {
            PolicySettings settings = new PolicySettings(null, null, d.zone(), leadTimeMinutes, validityMode, validityDays,
                    null, protectionDays, naturalProtectionDays, renewalWindowDays, repeatLimit, qualityMinRegistrations,
                    qualityMinVisitRatePercent, referralDays, lateClaimDays, excludedUnitTypes, null);
            return new PolicyPreset(id, name, document, settings, sources, notes);
        }
    }
}
