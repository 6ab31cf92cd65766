package com.baobei.commission.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** COM-1: a bad tier table is refused with the offending field named, never guessed at. */
class TierTableTest {

    static Tier t(String from, String upTo, String rate) {
        return new Tier(from == null ? null : new BigDecimal(from), upTo == null ? null : new BigDecimal(upTo),
                rate == null ? null : new BigDecimal(rate));
    }

    static TierTable count(Tier... tiers) {
        return new TierTable(TierBasis.DEAL_COUNT, TierMode.RETROACTIVE, Arrays.asList(tiers));
    }

    static TierTable amount(Tier... tiers) {
        return new TierTable(TierBasis.DEAL_AMOUNT, TierMode.MARGINAL, Arrays.asList(tiers));
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("valid, by count, implicit upTo",
                        count(t("1", null, "1.0"), t("6", null, "1.2"), t("11", null, "1.5")), null, null),
                Arguments.of("valid, by count, explicit upTo",
                        count(t("1", "6", "1.0"), t("6", "11", "1.2"), t("11", null, "1.5")), null, null),
                Arguments.of("valid, by amount from 0", amount(t("0", null, "1"), t("50000000", null, "1.5")), null, null),
                Arguments.of("unordered", count(t("1", null, "1"), t("11", null, "1.5"), t("6", null, "1.2")),
                        "tiers[2].from", "not in ascending order"),
                Arguments.of("same start overlaps", count(t("1", null, "1"), t("1", null, "1.2")),
                        "tiers[1].from", "overlaps"),
                Arguments.of("explicit upTo overlaps next", count(t("1", "8", "1"), t("6", null, "1.2")),
                        "tiers[1].from", "overlaps the previous tier, which runs up to 8"),
                Arguments.of("gap", count(t("1", "5", "1"), t("6", null, "1.2")), "tiers[1].from", "gap"),
                Arguments.of("negative rate", count(t("1", null, "-0.5")), "tiers[0].ratePercent", "negative"),
                Arguments.of("rate above 100 %", count(t("1", null, "120")), "tiers[0].ratePercent", "cannot exceed 100"),
                Arguments.of("missing rate", count(t("1", null, null)), "tiers[0].ratePercent", "required"),
                Arguments.of("negative threshold", amount(t("-1", null, "1")), "tiers[0].from", "negative"),
                Arguments.of("first tier leaves low deals without a rate", count(t("3", null, "1")),
                        "tiers[0].from", "first tier must start at"),
                Arguments.of("amount table must start at 0", amount(t("1", null, "1")),
                        "tiers[0].from", "first tier must start at 0"),
                Arguments.of("fractional count", count(t("1", null, "1"), t("5.5", null, "2")),
                        "tiers[1].from", "whole number"),
                Arguments.of("upTo not above from", count(t("1", "1", "1"), t("1", null, "2")),
                        "tiers[0].upTo", "greater than from"),
                Arguments.of("closed last tier", count(t("1", "6", "1"), t("6", "11", "1.2")),
                        "tiers[1].upTo", "open-ended"),
                Arguments.of("no tiers", count(), "tiers", "at least one"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void problems_name_the_field(String name, TierTable table, String field, String message) {
        List<Problem> problems = table.problems("versions[0]");
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo("versions[0]." + field);
                assertThat(p.message()).contains(message);
            });
        }
    }
}
