package com.baobei.attribution.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupersededFromTest {

    private static ProjectPolicy version(int number, LocalDate from) {
        ProjectPolicy d = ProjectPolicy.defaults();
        return new ProjectPolicy(number, from, d.zone(), d.leadTimeMinutes(), d.validityMode(), d.validityDays(),
                d.openingDay(), d.protectionDays(), d.naturalProtectionDays(), d.renewalWindowDays(), d.repeatLimit(),
                d.qualityMinRegistrations(), d.qualityMinVisitRatePercent(), d.referralDays(), d.lateClaimDays(),
                d.excludedUnitTypes());
    }

    @Test
    @DisplayName("A candidate from 1 November under a version of 7 November applies only until 7 November")
    void aLaterVersionTakesOver() {
        ProjectPolicy candidate = version(3, LocalDate.of(2026, 11, 1));
        PolicyHistory history = PolicyHistory.of(ProjectPolicy.defaults(), version(2, LocalDate.of(2026, 11, 7)), candidate);

        assertThat(PolicyPreview.supersededFrom(history, candidate)).isEqualTo(LocalDate.of(2026, 11, 7));
    }

    @Test
    @DisplayName("A candidate from the day of the latest version, or after it, is superseded by none")
    void noLaterVersion() {
        ProjectPolicy sameDay = version(3, LocalDate.of(2026, 11, 7));
        assertThat(PolicyPreview.supersededFrom(PolicyHistory.of(ProjectPolicy.defaults(),
                version(2, LocalDate.of(2026, 11, 7)), sameDay), sameDay)).isNull();
        ProjectPolicy later = version(3, LocalDate.of(2026, 12, 1));
        assertThat(PolicyPreview.supersededFrom(PolicyHistory.of(ProjectPolicy.defaults(),
                version(2, LocalDate.of(2026, 11, 7)), later), later)).isNull();
    }
}
