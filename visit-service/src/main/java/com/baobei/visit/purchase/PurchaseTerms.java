package com.baobei.visit.purchase;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.visit.Purchased.RelatedParty;
import com.baobei.visit.shared.PhoneRef;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one stage of a purchase says: the unit, the exact amount in CNY, the buyer (masked number
 * and keyed hash only), the consultant, an optional related-party claim (PUR-4) and the business time.
 */
public record PurchaseTerms(
        String tenantId,
        String projectId,
        String unitId,
        UnitType unitType,
        BigDecimal amount,
        String buyerSurname,
        PhoneRef buyer,
        String consultantId,
        RelatedParty relatedParty,
        boolean insider,
        Instant occurredAt,
        String recordedBy) {
}
