package com.baobei.commission.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.web.AgreementBody.ScopeBody;
import com.baobei.commission.web.AgreementBody.TierRow;
import com.baobei.commission.web.AgreementBody.Version;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12, agreements: every list and nested field checked before the body becomes an agreement. */
class AgreementBodyTest {

    static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    static TierRow tier(String from, String rate) {
        return new TierRow(new BigDecimal(from), null, new BigDecimal(rate));
    }

    static Version version(LocalDate from, List<TierRow> tiers, ScopeBody scope) {
        return new Version(null, from, null, null, null, tiers, scope);
    }

    static List<String> fields(AgreementBody body) {
        return body.inputProblems().stream().map(Problem::field).toList();
    }

    @Test
    void a_plain_agreement_has_no_input_problems() {
        AgreementBody body = new AgreementBody(null, null, List.of(version(MARCH,
                List.of(tier("1", "1.2"), tier("3", "1.5")), null)));
        assertThat(body.inputProblems()).isEmpty();
        assertThat(body.toAgreement("p1", "ch-1").problems()).isEmpty();
    }

    @Test
    void null_elements_are_named_instead_of_failing() {
        Set<UnitType> typesWithNull = new HashSet<>(Arrays.asList(UnitType.PARKING, null));
        AgreementBody body = new AgreementBody(null, null, Arrays.asList(
                version(MARCH, Arrays.asList(tier("1", "1.2"), null), new ScopeBody(typesWithNull, null,
                        Arrays.asList("B1-*", null), null)),
                null));
        assertThat(fields(body)).containsExactlyInAnyOrder("versions[1]", "versions[0].tiers[1]",
                "versions[0].scope.unitTypesIn", "versions[0].scope.unitIdsIn[1]");
        AgreementBody one = new AgreementBody(null, null, List.of(version(MARCH, Arrays.asList(tier("1", "1.2"), null),
                new ScopeBody(typesWithNull, null, Arrays.asList("B1-*", null), null))));
        assertThat(fields(one)).containsExactlyInAnyOrder("versions[0].tiers[1]",
                "versions[0].scope.unitTypesIn", "versions[0].scope.unitIdsIn[1]");
    }

    @Test
    void numbers_out_of_range_and_dates_of_a_billion_years_are_named() {
        AgreementBody body = new AgreementBody("x".repeat(65), LocalDate.MAX, List.of(version(LocalDate.of(-999999999,
                1, 1), List.of(tier("1e308", "1.2"), new TierRow(new BigDecimal("5"), new BigDecimal(
                "123456789012345678901234567890"), new BigDecimal("1e-30"))), null)));
        assertThat(fields(body)).containsExactly("zone", "firstPeriodEnd", "versions[0].effectiveFrom",
                "versions[0].tiers[0].from", "versions[0].tiers[1].upTo", "versions[0].tiers[1].ratePercent");
    }

    @Test
    void lists_are_capped() {
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i <= AgreementBody.MAX_VERSIONS; i++) {
            versions.add(version(MARCH.plusMonths(i), List.of(tier("1", "1")), null));
        }
        assertThat(fields(new AgreementBody(null, null, versions))).containsExactly("versions");
        List<TierRow> tiers = new ArrayList<>();
        for (int i = 0; i <= AgreementBody.MAX_TIERS; i++) {
            tiers.add(tier(String.valueOf(i + 1), "1"));
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i <= AgreementBody.MAX_UNIT_IDS; i++) {
            units.add("B1-" + i);
        }
        assertThat(fields(new AgreementBody(null, null, List.of(version(MARCH, tiers,
                new ScopeBody(null, null, units, List.of("u".repeat(129))))))))
                .containsExactly("versions[0].tiers", "versions[0].scope.unitIdsIn", "versions[0].scope.unitIdsOut[0]");
    }

    @Test
    void a_phone_number_as_a_unit_id_is_personal_data() {
        AgreementBody body = new AgreementBody(null, null, List.of(version(MARCH, List.of(tier("1", "1")),
                new ScopeBody(null, null, List.of("B1-0101"), List.of("13812345678")))));
        assertThat(body.personalData()).extracting(Problem::field).containsExactly("versions[0].scope.unitIdsOut[0]");
    }
}
