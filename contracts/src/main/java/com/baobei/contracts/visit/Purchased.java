package com.baobei.contracts.visit;

import com.baobei.contracts.EventData;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code visit.Purchased.v1}: a subscription (认购, with deposit) or later the contract (签约) of
 * one unit. Both stages share the purchase id. The amount is in CNY, exact.
 */
public record Purchased(
        String purchaseId,
        Stage stage,
        String unitId,
        UnitType unitType,
        BigDecimal amount,
        String buyerSurname,
        String maskedPhone,
        String phoneHash,
        String consultantId,
        RelatedParty relatedParty,
        boolean insider) implements EventData {

    public enum Stage { SUBSCRIPTION, CONTRACT }

    /**
     * PUR-4: bought in the name of someone related to an earlier-confirmed client. A relation
     * without evidence does not count.
     */
    public record RelatedParty(
            String surname,
            String maskedPhone,
            String phoneHash,
            Relation relation,
            List<String> evidenceRefs) {

        public RelatedParty {
            evidenceRefs = evidenceRefs == null ? List.of() : List.copyOf(evidenceRefs);
        }
    }

    public enum Relation { SPOUSE, PARTNER, PARENT, CHILD, SIBLING }
}
