package com.baobei.commission.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ADR 0032: what a manual adjustment must say, and four eyes on its approval. */
class AdjustmentRulesTest {

    @Test
    void direction_amount_and_reason_are_required_each_named() {
        assertThat(AdjustmentRules.problems(null, "ch", null, null, " ")).extracting(Problem::field)
                .containsExactly("direction", "amount", "reason");
        assertThat(AdjustmentRules.problems(null, null, Adjustment.Direction.CREDIT, new BigDecimal("1.00"), "r"))
                .extracting(Problem::field).containsExactly("channelId");
    }

    @Test
    void the_amount_is_positive_in_fen_below_ten_billion_and_the_direction_gives_the_sign() {
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.DEBIT, new BigDecimal("-5"), "r"))
                .extracting(Problem::field).containsExactly("amount");
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.DEBIT, new BigDecimal("0.00"), "r"))
                .extracting(Problem::field).containsExactly("amount");
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.DEBIT, new BigDecimal("1.001"), "r"))
                .extracting(Problem::field).containsExactly("amount");
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.DEBIT, new BigDecimal("1e3"), "r"))
                .extracting(Problem::field).containsExactly("amount");
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.DEBIT, new BigDecimal("10000000000"),
                "r")).extracting(Problem::field).containsExactly("amount");
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.DEBIT, new BigDecimal("99.50"), "r"))
                .isEmpty();
        assertThat(AdjustmentRules.signed(Adjustment.Direction.DEBIT, new BigDecimal("99.50")))
                .isEqualByComparingTo("-99.50");
        assertThat(AdjustmentRules.signed(Adjustment.Direction.CREDIT, new BigDecimal("99.50")))
                .isEqualByComparingTo("99.50");
    }

    @Test
    void the_reason_is_at_most_500_characters() {
        assertThat(AdjustmentRules.problems(null, "ch", Adjustment.Direction.CREDIT, BigDecimal.ONE, "长".repeat(501)))
                .extracting(Problem::field).containsExactly("reason");
    }

    @Test
    void whoever_proposed_an_adjustment_may_not_decide_it() {
        Adjustment proposed = new Adjustment("a1", "p1", "ch", Adjustment.Direction.CREDIT, BigDecimal.TEN, "r", null,
                Adjustment.Status.PROPOSED, "fin-a", Instant.EPOCH, null, null, null);
        assertThat(AdjustmentRules.mayDecide(proposed, "fin-a")).isFalse();
        assertThat(AdjustmentRules.mayDecide(proposed, "fin-b")).isTrue();
    }
}
