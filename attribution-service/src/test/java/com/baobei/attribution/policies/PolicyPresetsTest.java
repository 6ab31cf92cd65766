package com.baobei.attribution.policies;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.policy.ValidityMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyPresetsTest {

    private static final List<String> SETTINGS = List.of("leadTimeMinutes", "validityMode", "validityDays",
            "protectionDays", "naturalProtectionDays", "renewalWindowDays", "repeatLimit", "qualityMinRegistrations",
            "qualityMinVisitRatePercent", "referralDays", "lateClaimDays", "excludedUnitTypes");

    @Test
    @DisplayName("the eight documents of the seed, each once, each with notes on what the fold does not decide")
    void theEightDocuments() {
        assertThat(PolicyPresets.ids()).containsExactly("xx-residence", "hecheng-jingyuan", "damuzhi-plaza",
                "tianjin-zhuoda-joint", "zeke-group", "panke-system", "own-channel-online", "lvdi");
        for (PolicyPreset preset : PolicyPresets.all()) {
            assertThat(preset.name()).as(preset.id()).isNotBlank();
            assertThat(preset.document()).as(preset.id()).isNotBlank();
            assertThat(preset.notes()).as(preset.id()).isNotEmpty();
            assertThat(SETTINGS).as(preset.id()).containsAll(preset.sources().keySet());
            preset.sources().values().forEach(source -> assertThat(source).as(preset.id()).isNotBlank());
        }
    }

    @Test
    @DisplayName("every preset is a valid policy (the one counting from an opening day once the project gives its day)")
    void everyPresetIsValid() {
        for (PolicyPreset preset : PolicyPresets.all()) {
            ProjectPolicy policy = preset.policy();
            if (policy.validityMode() == ValidityMode.UNTIL_OPENING_PLUS_DAYS) {
                assertThat(policy.problems()).containsExactly("openingDay: required for UNTIL_OPENING_PLUS_DAYS");
                policy = started(preset.id(), LocalDate.of(2025, 5, 1));
            }
            assertThat(policy.problems()).as(preset.id()).isEmpty();
        }
    }

    @Test
    @DisplayName("the request's values override the preset's, the preset's fill the rest, and an unknown preset is refused")
    void overridesAndUnknown() {
        ProjectPolicy zeke = new PolicySettings(null, LocalDate.of(2025, 1, 1), null, 45, null, null, null, null, null,
                null, null, null, null, null, null, null, "zeke-group").toPolicy(2, LocalDate.of(2025, 1, 1));
        assertThat(zeke.leadTimeMinutes()).isEqualTo(45);
        assertThat(zeke.repeatLimit()).isEqualTo(3);
        ProjectPolicy lvdi = started("lvdi", null);
        assertThat(lvdi.validityMode()).isEqualTo(ValidityMode.DAYS);
        assertThat(lvdi.validityDays()).isEqualTo(30);
        assertThat(lvdi.lateClaimDays()).isEqualTo(3);

        PolicySettings unknown = new PolicySettings(null, LocalDate.of(2025, 1, 1), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, "zeke");
        assertThat(unknown.formProblems()).singleElement().asString().startsWith("preset: ").doesNotContain("'zeke'");
    }

    @Test
    @DisplayName("the dry run takes a preset like the PUT does, and refuses an unknown one naming the field")
    void dryRunWithAPreset() {
        com.fasterxml.jackson.databind.node.ObjectNode policy = com.baobei.contracts.EventJson.mapper().createObjectNode();
        policy.put("preset", "lvdi");
        ProjectPolicy tried = com.baobei.attribution.simulation.DryRun.check(policy, List.of()).policies().latest();
        assertThat(tried.validityDays()).isEqualTo(30);
        assertThat(tried.lateClaimDays()).isEqualTo(3);

        policy.put("preset", "nobody");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> com.baobei.attribution.simulation.DryRun.check(policy, List.of()))
                .hasMessageContaining("preset");
    }

    private static ProjectPolicy started(String preset, LocalDate openingDay) {
        return new PolicySettings(null, LocalDate.of(2025, 1, 1), null, null, null, null, openingDay, null, null, null,
                null, null, null, null, null, null, preset).toPolicy(2, LocalDate.of(2025, 1, 1));
    }
}
