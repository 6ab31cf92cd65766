package com.baobei.attribution.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.UnitType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProjectPolicyTest {

    private static ProjectPolicy policy(int version, LocalDate from, int leadTime, ValidityMode mode, int days,
                                        LocalDate opening, int renewal) {
        return new ProjectPolicy(version, from, ZoneId.of("Asia/Shanghai"), leadTime, mode, days, opening, 30, 30, renewal,
                3, 10, 50, 30, 3, EnumSet.of(UnitType.PARKING));
    }

    @Test
    @DisplayName("the defaults are the rulebook's bracketed values and are valid")
    void defaults() {
        ProjectPolicy p = ProjectPolicy.defaults();
        assertThat(p.problems()).isEmpty();
        assertThat(p.leadTimeMinutes()).isEqualTo(30);
        assertThat(p.validityMode()).isEqualTo(ValidityMode.SAME_DAY);
        assertThat(p.protectionDays()).isEqualTo(30);
        assertThat(p.naturalProtectionDays()).isEqualTo(30);
        assertThat(p.renewalWindowDays()).isEqualTo(7);
        assertThat(p.repeatLimit()).isEqualTo(3);
        assertThat(p.qualityMinRegistrations()).isEqualTo(10);
        assertThat(p.qualityMinVisitRatePercent()).isEqualTo(50);
        assertThat(p.referralDays()).isEqualTo(30);
        assertThat(p.lateClaimDays()).isEqualTo(3);
        assertThat(p.excludedUnitTypes()).containsExactly(UnitType.PARKING);
        assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    @DisplayName("every bad value is named by its field")
    void problemsNameTheField() {
        ProjectPolicy bad = new ProjectPolicy(0, null, null, -1, ValidityMode.UNTIL_OPENING_PLUS_DAYS, 3, null, 0, 0, 40,
                0, 0, 101, -1, -1, null);
        assertThat(bad.problems()).anySatisfy(s -> assertThat(s).startsWith("version:"))
                .anySatisfy(s -> assertThat(s).startsWith("effectiveFrom:"))
                .anySatisfy(s -> assertThat(s).startsWith("zone:"))
                .anySatisfy(s -> assertThat(s).startsWith("leadTimeMinutes:"))
                .anySatisfy(s -> assertThat(s).startsWith("openingDay:"))
                .anySatisfy(s -> assertThat(s).startsWith("protectionDays:"))
                .anySatisfy(s -> assertThat(s).startsWith("naturalProtectionDays:"))
                .anySatisfy(s -> assertThat(s).startsWith("repeatLimit:"))
                .anySatisfy(s -> assertThat(s).startsWith("qualityMinRegistrations:"))
                .anySatisfy(s -> assertThat(s).startsWith("qualityMinVisitRatePercent:"))
                .anySatisfy(s -> assertThat(s).startsWith("referralDays:"))
                .anySatisfy(s -> assertThat(s).startsWith("lateClaimDays:"))
                .anySatisfy(s -> assertThat(s).startsWith("excludedUnitTypes:"));
        assertThat(policy(1, LocalDate.of(2024, 1, 1), 30, ValidityMode.DAYS, 0, null, 7).problems())
                .containsExactly("validityDays: must be at least 1 for DAYS");
        assertThat(policy(1, LocalDate.of(2024, 1, 1), 30, ValidityMode.SAME_DAY, 1, null, 31).problems())
                .containsExactly("renewalWindowDays: must not exceed protectionDays");
    }

    @Test
    @DisplayName("the version in force is the latest effective on or before the business day, in the project's zone")
    void versionInForce() {
        ProjectPolicy v1 = ProjectPolicy.defaults();
        ProjectPolicy v2 = policy(2, LocalDate.of(2024, 3, 10), 60, ValidityMode.SAME_DAY, 1, null, 7);
        PolicyHistory history = PolicyHistory.of(v2, v1);

        assertThat(history.versions()).containsExactly(v1, v2);
        assertThat(history.inForceAt(Instant.parse("2024-03-09T15:59:00Z")).version()).isEqualTo(1);
        assertThat(history.inForceAt(Instant.parse("2024-03-09T16:00:00Z")).version()).as("midnight in Shanghai").isEqualTo(2);
        assertThat(history.inForceAt(Instant.parse("1999-01-01T00:00:00Z")).version()).isEqualTo(1);
        assertThat(history.problems()).isEmpty();
        assertThat(PolicyHistory.of(v1, v1).problems()).anySatisfy(s -> assertThat(s).contains("duplicate version"));
        assertThatThrownBy(() -> new PolicyHistory(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
