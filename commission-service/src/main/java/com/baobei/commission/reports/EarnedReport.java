package com.baobei.commission.reports;

import com.baobei.commission.ledger.DealLine;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.statements.StatementService;
import com.baobei.commission.persistence.StatementRepository.Summary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commission earned (RPT-1) per channel or agent and office day: each deal line of the statements (issued, or open
 * as they stand) whose period meets the range, counted on the office day its commission accrued (the agreement's
 * zone), with the commission its statement gives it. Later corrections of an issued period are adjustments of a
 * later statement (COM-5) and are not re-dated here (ADR 0028).
 */
@Service
public class EarnedReport {

    /** Whose rows: each channel's, or each agent's. */
    public enum By { CHANNEL, AGENT }

    /** Each office day on its own, or the whole range in one row. */
    public enum Per { DAY, PERIOD }

    private record Key(String channel, String agent, LocalDate from) {
    }

    private final StatementService statements;

    public EarnedReport(StatementService statements) {
        this.statements = statements;
    }

    /** @param channel null for every channel of the project, else only this one (a channel manager's) */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<EarnedRow> rows(String tenantId, String projectId, String channel, LocalDate from, LocalDate to,
                                By by, Per per) {
        Map<Key, EarnedRow> rows = new HashMap<>();
        for (Summary summary : statements.list(tenantId, projectId, channel, null, null)) {
            if (summary.period().end().isBefore(from) || summary.period().start().isAfter(to)) {
                continue;
            }
            Statement s = statements.get(tenantId, summary.statementId(), null);
            ZoneId zone = statements.zoneOf(tenantId, s);
            for (DealLine deal : s.deals()) {
                if (deal.accruedAt() == null) {
                    continue;
                }
                LocalDate day = deal.accruedAt().atZone(zone).toLocalDate();
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                String agent = by == By.AGENT ? (deal.agentId() == null ? "" : deal.agentId()) : null;
                LocalDate first = per == Per.DAY ? day : from;
                LocalDate last = per == Per.DAY ? day : to;
                BigDecimal commission = deal.commission() == null ? BigDecimal.ZERO : deal.commission();
                rows.merge(new Key(s.channelId(), agent, first),
                        new EarnedRow(s.channelId(), agent, first, last, 1, commission),
                        (a, b) -> new EarnedRow(a.channelId(), a.agentId(), a.from(), a.to(), a.deals() + b.deals(),
                                a.commission().add(b.commission())));
            }
        }
        List<EarnedRow> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing(EarnedRow::from).thenComparing(EarnedRow::channelId)
                .thenComparing(EarnedRow::agentId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }
}
