package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Period;
import java.time.Instant;
import java.util.List;

/**
 * COM-6: one channel's statement for one project and settlement period: each deal with its
 * attribution, tier, rate and commission; adjustments for earlier issued periods (COM-5);
 * fines and forfeitures (COM-4); totals and net payable.
 */
public record Statement(String statementId, String projectId, String channelId, Period period, StatementState state,
                        Instant issuedAt, String issuedBy, Integer agreementVersion, TierSummary tier,
                        List<DealLine> deals, List<AdjustmentLine> adjustments, List<ChargeLine> charges,
                        Totals totals) {

    public Statement {
        deals = deals == null ? List.of() : List.copyOf(deals);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    public boolean hasNoLines() {
        return deals.isEmpty() && adjustments.isEmpty() && charges.isEmpty();
    }

    /** Named so that no JSON mapper takes it for an "is" getter. */
    public boolean wasIssued() {
        return state == StatementState.ISSUED;
    }

    public Statement issue(Instant at, String by) {
        if (wasIssued()) {
            throw new IllegalStateException("statement " + statementId + " was issued already");
        }
        return new Statement(statementId, projectId, channelId, period, StatementState.ISSUED, at, by,
                agreementVersion, tier, deals, adjustments, charges, totals);
    }
}
