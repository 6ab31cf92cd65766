package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Problem;
import com.baobei.contracts.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * The ranges every input of this service is held to (ADR 0021), so that nothing accepted at the door can later make a
 * statement, its columns or its announcement impossible. Money follows the contracts' {@code amount}: CNY written out,
 * at most two decimals, from 0 to below ten billion. Days lie in the years this system can settle.
 */
public final class Limits {

    /** Ten billion CNY: the contracts' amounts have at most ten integer digits. */
    public static final BigDecimal MONEY_LIMIT = new BigDecimal("10000000000");
    public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
    /** The contracts' {@code id}: 128 characters. */
    public static final int ID_LENGTH = 128;
    /** The contracts' {@code scopeId} (tenant, project): 64 characters. */
    public static final int SCOPE_ID_LENGTH = 64;
    public static final int NOTE_LENGTH = 500;

    private Limits() {
    }

    /** An amount as the contracts write it; {@code what} says what it is, e.g. "a fine". */
    public static void money(String field, BigDecimal amount, List<Problem> problems) {
        if (amount == null) {
            return;
        }
        if (amount.scale() < 0) {
            problems.add(new Problem(field, "write the amount out in digits, without an exponent"));
        } else if (amount.signum() < 0) {
            problems.add(new Problem(field, "must not be negative"));
        } else if (amount.compareTo(MONEY_LIMIT) >= 0) {
            problems.add(new Problem(field, "must be below 10000000000 CNY (ten billion)"));
        } else if (!Money.isFen(amount)) {
            problems.add(new Problem(field, "at most two decimals (fen)"));
        }
    }

    /** Whether a sum of money lines (which may be negative) still fits the contracts' {@code money}. */
    public static boolean fitsMoney(BigDecimal sum) {
        return sum.abs().compareTo(MONEY_LIMIT) < 0;
    }

    /** An identifier: not blank when given, at most {@code max} characters, no control characters. */
    public static void id(String field, String value, int max, List<Problem> problems) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            problems.add(new Problem(field, "must not be blank"));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "at most " + max + " characters"));
        } else if (Texts.refusedCharacterAt(value, false) >= 0) {
            problems.add(new Problem(field, "holds a control character"));
        }
    }

    /** Free text: at most {@code max} characters, line breaks allowed, no control characters. */
    public static void text(String field, String value, int max, List<Problem> problems) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new Problem(field, "at most " + max + " characters"));
        } else if (Texts.refusedCharacterAt(value, true) >= 0) {
            problems.add(new Problem(field, "holds a control character"));
        }
    }

    /** ID-4: a full mobile number in any text the service stores is refused, whatever field it hides in. */
    public static void noFullPhone(String field, String value, List<Problem> problems) {
        if (Texts.holdsFullPhone(value)) {
            problems.add(new Problem(field, "holds a full phone number; write the masked form (138****5678) (ID-4)"));
        }
    }

    public static void day(String field, LocalDate day, List<Problem> problems) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            problems.add(new Problem(field, "must be between " + FIRST_DAY + " and " + LAST_DAY));
        }
    }

    public static void instant(String field, Instant instant, List<Problem> problems) {
        if (instant != null && (instant.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                || instant.isAfter(LAST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            problems.add(new Problem(field, "must be between " + FIRST_DAY + " and " + LAST_DAY));
        }
    }

    /**
     * A list (or set): at most {@code max} elements, none of them null. Returns whether its (non-null) elements are
     * few enough to be checked one by one.
     */
    public static boolean list(String field, Collection<?> list, int max, List<Problem> problems) {
        if (list == null) {
            return true;
        }
        if (list.size() > max) {
            problems.add(new Problem(field, "at most " + max + " elements"));
            return false;
        }
        if (!(list instanceof List<?>)) {
            // a set has no positions to name
            if (list.stream().anyMatch(java.util.Objects::isNull)) {
                problems.add(new Problem(field, "must not hold null"));
            }
            return true;
        }
        int i = 0;
        for (Object element : list) {
            if (element == null) {
                problems.add(new Problem(field + "[" + i + "]", "must not be null"));
            }
            i++;
        }
        return true;
    }

    /**
     * What in a statement leaves the range the statement table's numeric(18, 2) columns, the spreadsheet's cells and the
     * contracts' {@code money} can hold: a stored fact from before these limits (or a sum of many) could. Named so
     * that finance sees which line to correct instead of a failure.
     */
    public static List<Problem> statement(Statement s) {
        List<Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < s.deals().size(); i++) {
            DealLine d = s.deals().get(i);
            line("deals[" + i + "]", "deal " + d.purchaseId(), d.dealAmount(), d.commission(), problems);
        }
        for (int i = 0; i < s.adjustments().size(); i++) {
            AdjustmentLine a = s.adjustments().get(i);
            line("adjustments[" + i + "]", "adjustment " + a.key(), a.dealAmount(), a.amount(), problems);
        }
        for (int i = 0; i < s.charges().size(); i++) {
            ChargeLine c = s.charges().get(i);
            line("charges[" + i + "]", c.fineId() == null ? "charge " + c.key() : "fine " + c.fineId(), null,
                    c.amount(), problems);
        }
        Totals t = s.totals();
        total("totals.gross", t.gross(), problems);
        total("totals.adjustments", t.adjustments(), problems);
        total("totals.fines", t.fines(), problems);
        total("totals.netPayable", t.netPayable(), problems);
        total("totals.carriedIn", t.carriedIn(), problems);
        total("totals.carriedForward", t.carriedForward(), problems);
        return problems;
    }

    private static void line(String field, String what, BigDecimal dealAmount, BigDecimal amount,
                             List<Problem> problems) {
        if (dealAmount != null && !fitsMoney(dealAmount)) {
            problems.add(new Problem(field + ".dealAmount", what + ": the deal amount " + dealAmount.toPlainString()
                    + " is not below ten billion CNY"));
        }
        if (amount != null && !fitsMoney(amount)) {
            problems.add(new Problem(field + ".amount", what + ": " + amount.toPlainString()
                    + " is not below ten billion CNY"));
        }
    }

    private static void total(String field, BigDecimal sum, List<Problem> problems) {
        if (sum != null && !fitsMoney(sum)) {
            problems.add(new Problem(field, sum.toPlainString() + " is not below ten billion CNY; the statement "
                    + "cannot be issued or exported until the lines above are corrected"));
        }
    }
}
