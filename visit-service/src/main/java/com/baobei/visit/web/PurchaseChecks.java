package com.baobei.visit.web;

import com.baobei.contracts.visit.Purchased.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a purchase needs beyond the shape of each field; every problem names its field. */
final class PurchaseChecks {

    /** The contract's bound: below ten billion CNY (a larger amount is a typing mistake, not a flat). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private PurchaseChecks() {
    }

    static List<FieldProblem> problems(PurchaseRequest r, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.stage() == Stage.CONTRACT && r.purchaseId() == null) {
            problems.add(new FieldProblem("purchaseId", "a contract (签约) names its subscription's purchaseId"));
        }
        amount(r.amount(), problems);
        BusinessTimes.check("purchasedAt", r.purchasedAt(), now, problems);
        if (r.relatedParty() != null && r.relatedParty().phone() != null
                && r.relatedParty().phone().equals(r.buyerPhone())) {
            problems.add(new FieldProblem("relatedParty.phone", "PUR-4: the related party is another person"));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    /** Exact CNY, never through a double: 0 or more, at most two decimals (fen), written out (not 1e3). */
    static void amount(BigDecimal amount, List<FieldProblem> problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.add(new FieldProblem("amount", "CNY cannot be negative"));
        } else if (amount.scale() < 0) {
            problems.add(new FieldProblem("amount", "written out in digits, e.g. \"1000.00\", not with an exponent"));
        } else if (amount.scale() > 2) {
            problems.add(new FieldProblem("amount", "at most two decimals (fen)"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem("amount", "at most " + MAX_AMOUNT.toPlainString()));
        }
    }
}
