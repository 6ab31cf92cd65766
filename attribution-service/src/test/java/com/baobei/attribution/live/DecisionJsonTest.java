package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.ClientDecision;
import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.fold.DisputeStatus;
import com.baobei.attribution.fold.HistoryGenerator;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.fold.PurchaseDecision;
import com.baobei.attribution.fold.VerdictDecision;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {

    @Test
    @DisplayName("every decision of generated histories is written byte for byte as the language's mapper writes it")
    void sameBytesAsTheMapper() throws Exception {
        int decisions = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Outcome outcome = AttributionFold.fold(HistoryGenerator.history(seed, 300, 60), HistoryGenerator.policies());
            for (VerdictDecision v : outcome.verdicts()) {
                assertSame(DecisionJson.verdict(v.verdict()), v.verdict());
            }
            for (ClientDecision c : outcome.clients()) {
                assertSame(DecisionJson.ownership(c.current()), c.current());
                assertSame(DecisionJson.history(c.history()), c.history());
            }
            for (PurchaseDecision p : outcome.purchases()) {
                assertSame(DecisionJson.purchase(p.attribution()), p.attribution());
            }
            for (DisputeDecision d : outcome.disputes()) {
                assertSame(DecisionJson.dispute(d), d);
            }
            decisions += outcome.verdicts().size() + outcome.clients().size() + outcome.purchases().size()
                    + outcome.disputes().size();
        }
        assertThat(decisions).isGreaterThan(1000);
    }

    @Test
    @DisplayName("absent fields, escapes, characters outside the BMP and amounts are written as the mapper writes them")
    void oddValues() throws Exception {
        Explanation odd = new Explanation(List.of("REG-1", "DSP-2"), List.of(), 3, "引号\"反斜杠\\换行\n\t\u0001\u007f😀",
                "tab\there \u2028 \u00e9", null);
        assertSame(DecisionJson.verdict(new RegistrationVerdict("r-1", null, null, null, null, null, null)),
                new RegistrationVerdict("r-1", null, null, null, null, null, null));
        RegistrationVerdict verdict = new RegistrationVerdict("r-\"1\"", "ch", "ag", "138****0000",
                RegistrationVerdict.Verdict.LAPSED, Instant.parse("2025-03-01T02:00:00.120Z"), odd);
        assertSame(DecisionJson.verdict(verdict), verdict);
        OwnershipChanged owner = new OwnershipChanged("王", "138****0000", OwnershipChanged.OwnerKind.CHANNEL, "ch", null,
                OwnershipChanged.Status.PROTECTED, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 31), odd);
        assertSame(DecisionJson.ownership(owner), owner);
        assertSame(DecisionJson.ownership(null), null);
        List<OwnershipChanged> history = new ArrayList<>(List.of(owner, owner));
        assertSame(DecisionJson.history(history), history);
        assertSame(DecisionJson.history(List.of()), List.of());
        for (String amount : List.of("1500000.00", "3.28E+6", "0", "-12.5", "0.000001")) {
            PurchaseAttributed purchase = new PurchaseAttributed("pu-1", "A-1-101", UnitType.PARKING, new BigDecimal(amount),
                    Instant.parse("2025-03-01T02:00:00Z"), null, Instant.parse("2025-03-05T02:00:00.000000001Z"), null, null,
                    2, odd);
            assertSame(DecisionJson.purchase(purchase), purchase);
        }
        DisputeDecision dispute = new DisputeDecision("d-1", null, "ch", DisputeStatus.OPEN, null, odd);
        assertSame(DecisionJson.dispute(dispute), dispute);
    }

    private static void assertSame(byte[] written, Object value) throws Exception {
        byte[] expected = EventJson.mapper().writeValueAsBytes(value);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(expected);
    }
}
