package com.baobei.commission.ledger;

import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One deal on a statement (COM-6): the attribution behind it (its event and rule ids), the tier
 * reached, the rate and the commission, rounded once to the fen.
 *
 * @param tier               1-based tier number; null when the deal earns nothing
 * @param ratePercent        the rate applied; null when a marginal deal straddles tiers (see bands)
 * @param attributionEventId the attribution event the line is based on
 * @param ruleIds            the commission rules applied (COM-1, COM-3, PUR-3, PUR-8, COM-4)
 */
public record DealLine(String purchaseId, String unitId, UnitType unitType, BigDecimal dealAmount, Instant accruedAt,
                       String agentId, DealStatus status, String exclusion, Integer tier, BigDecimal ratePercent,
                       List<Band> bands, BigDecimal commission, String attributionEventId,
                       List<String> attributionRuleIds, List<String> ruleIds) implements MoneyLine {

    public DealLine {
        bands = bands == null ? List.of() : List.copyOf(bands);
        attributionRuleIds = attributionRuleIds == null ? List.of() : List.copyOf(attributionRuleIds);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public static String keyOf(String purchaseId) {
        return "deal:" + purchaseId;
    }

    @Override
    public String key() {
        return keyOf(purchaseId);
    }

    @Override
    public BigDecimal amount() {
        return commission;
    }

    @Override
    public String basisEventId() {
        return attributionEventId;
    }
}
