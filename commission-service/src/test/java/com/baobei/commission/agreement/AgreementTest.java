package com.baobei.commission.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementTest {

    static final TierTable TIERS = TierTable.retroactiveByCount(Tier.from("1", "1"), Tier.from("6", "1.2"));

    static AgreementVersion v(int n, String from) {
        return new AgreementVersion(n, LocalDate.parse(from), TIERS, Trigger.SUBSCRIPTION, Scope.DEFAULT);
    }

    static Agreement of(LocalDate firstPeriodEnd, AgreementVersion... versions) {
        return new Agreement("P1", "CH", 1, null, firstPeriodEnd, List.of(versions));
    }

    @Test
    void a_valid_agreement_has_no_problems_and_picks_the_version_in_force() {
        Agreement a = of(null, v(1, "2024-01-15"), v(2, "2024-03-01"));
        assertThat(a.problems()).isEmpty();
        assertThat(a.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(a.versionAt(LocalDate.of(2024, 1, 14))).isEmpty();
        assertThat(a.versionAt(LocalDate.of(2024, 2, 29)).orElseThrow().version()).isEqualTo(1);
        assertThat(a.versionAt(LocalDate.of(2024, 3, 1)).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void a_new_version_must_start_a_period() {
        assertThat(of(null, v(1, "2024-01-01"), v(2, "2024-03-10")).problems())
                .extracting(Problem::field).containsExactly("versions[1].effectiveFrom");
        // with a custom first period to 2016-04-30, 2016-05-01 starts a period
        assertThat(of(LocalDate.of(2016, 4, 30), v(1, "2016-03-15"), v(2, "2016-05-01")).problems()).isEmpty();
    }

    @Test
    void versions_must_be_in_order() {
        assertThat(of(null, v(2, "2024-03-01"), v(1, "2024-01-01")).problems())
                .extracting(Problem::field)
                .contains("versions[1].version", "versions[1].effectiveFrom");
    }

    @Test
    void the_custom_first_period_cannot_end_before_the_agreement() {
        assertThat(of(LocalDate.of(2016, 3, 1), v(1, "2016-03-15")).problems())
                .extracting(Problem::field).containsExactly("firstPeriodEnd");
    }

    @Test
    void missing_parts_are_named() {
        Agreement a = new Agreement("P1", "CH", 1, null, null,
                List.of(new AgreementVersion(0, null, null, null, null)));
        assertThat(a.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "versions[0].version", "versions[0].effectiveFrom", "versions[0].trigger", "versions[0].tiers");
        assertThat(of(null).problems()).extracting(Problem::field).containsExactly("versions");
    }

    @Test
    void scope_problems_are_named() {
        Scope scope = new Scope(Set.of(UnitType.PARKING), Set.of(UnitType.PARKING), List.of("B*1"), List.of(" "));
        assertThat(scope.problems("versions[0].scope")).extracting(Problem::field).containsExactly(
                "versions[0].scope.unitTypesIn", "versions[0].scope.unitIdsIn[0]", "versions[0].scope.unitIdsOut[0]");
    }
}
