package com.baobei.commission.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierBasis;
import com.baobei.commission.agreement.TierMode;
import com.baobei.commission.agreement.TierTable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** COM-1: retroactive and marginal tiers, by count and by amount, with boundaries exactly at the thresholds. */
class Com1TiersTest {

    static final List<Tier> BY_COUNT = List.of(Tier.from("1", "1.0"), Tier.from("6", "1.2"), Tier.from("11", "1.5"));
    static final List<Tier> BY_AMOUNT = List.of(Tier.from("0", "1.0"), Tier.from("5000000", "1.5"));

    static List<BigDecimal> times(int n, String amount) {
        return Collections.nCopies(n, new BigDecimal(amount));
    }

    static List<BigDecimal> amounts(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static List<String> each(int n, String commission) {
        return Collections.nCopies(n, commission);
    }

    static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("retroactive count: 5 deals stay in tier 1", TierMode.RETROACTIVE, TierBasis.DEAL_COUNT,
                        BY_COUNT, times(5, "1000000.00"), each(5, "10000.00"), 1),
                Arguments.of("retroactive count: the 6th deal, exactly at the threshold, lifts all six",
                        TierMode.RETROACTIVE, TierBasis.DEAL_COUNT, BY_COUNT, times(6, "1000000.00"),
                        each(6, "12000.00"), 2),
                Arguments.of("retroactive count: 10 deals, just below tier 3", TierMode.RETROACTIVE,
                        TierBasis.DEAL_COUNT, BY_COUNT, times(10, "1000000.00"), each(10, "12000.00"), 2),
                Arguments.of("retroactive count: 11 deals reach tier 3", TierMode.RETROACTIVE, TierBasis.DEAL_COUNT,
                        BY_COUNT, times(11, "1000000.00"), each(11, "15000.00"), 3),
                Arguments.of("marginal count: only the 6th deal earns tier 2", TierMode.MARGINAL, TierBasis.DEAL_COUNT,
                        BY_COUNT, times(6, "1000000.00"), concat(each(5, "10000.00"), each(1, "12000.00")), 2),
                Arguments.of("marginal count: 11 deals", TierMode.MARGINAL, TierBasis.DEAL_COUNT, BY_COUNT,
                        times(11, "1000000.00"),
                        concat(concat(each(5, "10000.00"), each(5, "12000.00")), each(1, "15000.00")), 3),
                Arguments.of("retroactive amount: one fen below the threshold", TierMode.RETROACTIVE,
                        TierBasis.DEAL_AMOUNT, BY_AMOUNT, amounts("2500000.00", "2499999.99"),
                        List.of("25000.00", "25000.00"), 1),
                Arguments.of("retroactive amount: exactly at the threshold lifts both", TierMode.RETROACTIVE,
                        TierBasis.DEAL_AMOUNT, BY_AMOUNT, amounts("2500000.00", "2500000.00"),
                        List.of("37500.00", "37500.00"), 2),
                Arguments.of("marginal amount: the second deal straddles the threshold", TierMode.MARGINAL,
                        TierBasis.DEAL_AMOUNT, BY_AMOUNT, amounts("3000000.00", "3000000.00"),
                        List.of("30000.00", "35000.00"), 2),
                Arguments.of("marginal amount: ending exactly at the threshold stays in tier 1", TierMode.MARGINAL,
                        TierBasis.DEAL_AMOUNT, BY_AMOUNT, amounts("3000000.00", "2000000.00", "1000000.00"),
                        List.of("30000.00", "20000.00", "15000.00"), 2),
                Arguments.of("rounding: half up, once per line", TierMode.RETROACTIVE, TierBasis.DEAL_COUNT,
                        BY_COUNT, amounts("100000.50", "100000.49", "333333.33"),
                        List.of("1000.01", "1000.00", "3333.33"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prices(String name, TierMode mode, TierBasis basis, List<Tier> tiers, List<BigDecimal> amounts,
                List<String> commissions, int tierReached) {
        Com1Tiers.Result result = Com1Tiers.price(amounts, new TierTable(basis, mode, tiers));
        assertThat(result.pricings()).extracting(p -> p.commission().toPlainString()).containsExactlyElementsOf(commissions);
        assertThat(result.summary().tier()).isEqualTo(tierReached);
    }

    @Test
    void a_straddling_marginal_deal_shows_its_bands() {
        Com1Tiers.Result result = Com1Tiers.price(amounts("3000000.00", "3000000.00"),
                new TierTable(TierBasis.DEAL_AMOUNT, TierMode.MARGINAL, BY_AMOUNT));
        Com1Tiers.Pricing second = result.pricings().get(1);
        assertThat(second.ratePercent()).isNull();
        assertThat(second.bands()).containsExactly(
                new Band(1, new BigDecimal("2000000.00"), new BigDecimal("1.0")),
                new Band(2, new BigDecimal("1000000.00"), new BigDecimal("1.5")));
    }

    @Test
    void the_summary_says_how_far_the_next_tier_is() {
        TierSummary summary = Com1Tiers.price(times(4, "1000000"), TierTable.retroactiveByCount(
                BY_COUNT.toArray(Tier[]::new))).summary();
        assertThat(summary.basisValue()).isEqualByComparingTo("4");
        assertThat(summary.nextTierFrom()).isEqualByComparingTo("6");
        assertThat(summary.nextTierRatePercent()).isEqualByComparingTo("1.2");
    }
}
