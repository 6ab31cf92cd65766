package com.baobei.contracts.commission;

import com.baobei.contracts.EventData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code commission.StatementIssued.v1}: finance issued a channel's statement for a period; it never changes
 * afterwards (COM-5). Amounts in CNY, to the fen, with one sign everywhere: what is deducted (fines, clawbacks, a
 * balance carried in) is negative. The balance {@code gross + adjustments + fines + carriedIn} is paid when positive
 * ({@code netPayable}); when negative nothing is paid and it is {@code carriedForward} to the channel's next
 * statement (上期结转). Every line of the statement is carried, so a partner can book it line by line.
 */
public record StatementIssued(
        String statementId,
        String channelId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int dealCount,
        BigDecimal gross,
        BigDecimal adjustments,
        BigDecimal fines,
        BigDecimal netPayable,
        Instant issuedAt,
        String issuedBy,
        BigDecimal carriedIn,
        BigDecimal carriedForward,
        List<Line> lines) implements EventData {

    public StatementIssued {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** What a line is. */
    public enum LineType {
        /** a deal of the period (COM-1, COM-6) */
        DEAL,
        /** money that moved for an issued period, or a manual adjustment (COM-5) */
        ADJUSTMENT,
        /** a fine (COM-4) */
        FINE,
        /** a period's commission forfeited (COM-4) */
        FORFEIT,
        /** positive commission withheld after the agreement ended (COM-4) */
        WITHHELD,
        /** an earlier statement's negative balance carried into this one (上期结转) */
        CARRIED_FORWARD
    }

    /**
     * One line of the statement.
     *
     * @param key                 the line's stable key: {@code deal:<purchaseId>}, {@code fine:<fineId>:<n>},
     *                            {@code forfeit:<fineId>}, {@code manual:<adjustmentId>}, {@code carry:<period start>}
     * @param status              a deal's status (COMMISSIONABLE, EXCLUDED, CANCELLED), or null
     * @param cause               an adjustment's cause (CANCELLED, REATTRIBUTED, LATE_DEAL, ..., MANUAL), or a fine's
     *                            reason code, or null
     * @param originalPeriodStart for an adjustment, the period it corrects
     * @param reason              the reason in Chinese, or null
     */
    public record Line(LineType type, String key, String purchaseId, String fineId, String adjustmentId,
                       LocalDate originalPeriodStart, String status, String cause, BigDecimal amount,
                       List<String> ruleIds, String reason) {

        public Line {
            ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
        }
    }
}
