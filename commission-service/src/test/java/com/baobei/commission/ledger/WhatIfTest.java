package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.PROJECT;
import static com.baobei.commission.ledger.Fixtures.TENANT;
import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What would one more deal pay this period? (COM-1) */
class WhatIfTest {

    static List<Deal> deals(int n) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            deals.add(deal("d" + i).subscribed("2024-01-0" + i + "T10:00").build());
        }
        return deals;
    }

    @Test
    void the_sixth_deal_crosses_a_tier_and_lifts_the_other_five() {
        WhatIf.Result result = WhatIf.run(TENANT, PROJECT, CH, standard(), deals(5), List.of(), LocalDate.of(2024, 1, 15),
                new BigDecimal("1000000.00"), null);
        assertThat(result.statement().totals().gross()).isEqualByComparingTo("50000.00");
        WhatIf.OneMore more = result.oneMore();
        assertThat(more.crossesTier()).isTrue();
        assertThat(more.tierBefore().tier()).isEqualTo(1);
        assertThat(more.tierAfter().tier()).isEqualTo(2);
        assertThat(more.remainingToNextTier()).isEqualByComparingTo("1");
        assertThat(more.ownCommission()).isEqualByComparingTo("12000.00");
        assertThat(more.liftOfOtherDeals()).isEqualByComparingTo("10000.00");
        assertThat(more.lifted()).hasSize(5).allSatisfy(l -> assertThat(l.lift()).isEqualByComparingTo("2000.00"));
        assertThat(more.totalIncrease()).isEqualByComparingTo("22000.00");
    }

    @Test
    void a_deal_inside_the_tier_pays_just_its_own_commission() {
        WhatIf.OneMore more = WhatIf.run(TENANT, PROJECT, CH, standard(), deals(2), List.of(), LocalDate.of(2024, 1, 15),
                new BigDecimal("2000000.00"), null).oneMore();
        assertThat(more.crossesTier()).isFalse();
        assertThat(more.ownCommission()).isEqualByComparingTo("20000.00");
        assertThat(more.liftOfOtherDeals()).isEqualByComparingTo("0");
        assertThat(more.remainingToNextTier()).isEqualByComparingTo("4");
    }
}
