package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the property test honest: the generated histories reach every rule the fold cites. */
class GeneratedHistoriesCoverTheRulesTest {

    @Test
    @DisplayName("generated histories cite every ID, REG, VIS, PUR and DSP rule (VIS-8 decides nothing, so it is never cited)")
    void coverage() {
        Set<String> cited = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) {
            Outcome o = AttributionFold.fold(HistoryGenerator.history(seed, 40, 1 + (int) (seed % 12)),
                    HistoryGenerator.policies());
            o.verdicts().forEach(v -> cited.addAll(v.verdict().explanation().ruleIds()));
            o.clients().forEach(c -> c.history().forEach(h -> cited.addAll(h.explanation().ruleIds())));
            o.purchases().forEach(p -> cited.addAll(p.attribution().explanation().ruleIds()));
            o.disputes().forEach(d -> cited.addAll(d.explanation().ruleIds()));
        }
        assertThat(cited).contains("ID-1", "ID-2", "ID-3",
                "REG-1", "REG-2", "REG-3", "REG-4", "REG-5", "REG-6", "REG-7", "REG-8",
                "VIS-1", "VIS-2", "VIS-3", "VIS-4", "VIS-5", "VIS-6", "VIS-7", "VIS-9",
                "PUR-1", "PUR-2", "PUR-3", "PUR-4", "PUR-5", "PUR-6", "PUR-7", "PUR-8",
                "DSP-1", "DSP-2", "DSP-3");
    }
}
