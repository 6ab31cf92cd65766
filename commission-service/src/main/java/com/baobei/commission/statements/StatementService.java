package com.baobei.commission.statements;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.ConflictException;
import com.baobei.commission.errors.UnprocessableException;
import com.baobei.commission.ledger.Limits;
import com.baobei.commission.errors.NotFoundException;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.ledger.StatementId;
import com.baobei.commission.ledger.StatementState;
import com.baobei.commission.persistence.ChannelRepository;
import com.baobei.commission.persistence.Locks;
import com.baobei.commission.persistence.OutboxRepository;
import com.baobei.commission.persistence.StatementRepository;
import com.baobei.commission.persistence.StatementRepository.Summary;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Topics;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's statements: list, read, issue. Every method takes the caller's tenant and sees only its facts; a
 * statement id ({@code <tenant>:<project>:<channel>:<start>}) of another tenant is not found.
 */
@Service
public class StatementService {

    private final LedgerLoader loader;
    private final StatementRepository statements;
    private final ChannelRepository channels;
    private final OutboxRepository outbox;
    private final Locks locks;
    private final Clock clock;

    public StatementService(LedgerLoader loader, StatementRepository statements, ChannelRepository channels,
                            OutboxRepository outbox, Locks locks, Clock clock) {
        this.loader = loader;
        this.statements = statements;
        this.channels = channels;
        this.outbox = outbox;
        this.locks = locks;
        this.clock = clock;
    }

    /** Issued statements from the table; open ones computed for every known channel matching the filters. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Summary> list(String tenantId, String projectId, String channelId, LocalDate day,
                              StatementState state) {
        List<Summary> result = new ArrayList<>();
        if (state == null || state == StatementState.ISSUED) {
            result.addAll(statements.summaries(tenantId, projectId, channelId, day));
        }
        if (state == null || state == StatementState.OPEN) {
            for (ChannelRepository.ProjectChannel pc : channels.known(tenantId, projectId, channelId)) {
                ChannelLedger ledger = loader.load(tenantId, pc.projectId(), pc.channelId());
                for (Statement s : ledger.openStatements()) {
                    if (day == null || s.period().contains(day)) {
                        result.add(Summary.of(s));
                    }
                }
            }
        }
        result.sort(Comparator.comparing(Summary::projectId).thenComparing(Summary::channelId)
                .thenComparing(s -> s.period().start()));
        return result;
    }

    /**
     * The statement as it stands, issued or open.
     *
     * @param onlyChannel null for finance; a channel manager's channel: any other channel's statement is not found
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Statement get(String tenantId, String statementId, String onlyChannel) {
        StatementId id = parse(tenantId, statementId);
        // another channel's is a 404 like another tenant's: whether such a statement exists is not the caller's business
        if (onlyChannel != null && !onlyChannel.equals(id.channelId())) {
            throw new NotFoundException("no statement " + statementId);
        }
        return statements.find(tenantId, statementId).orElseGet(() -> {
            Statement s = loader.load(tenantId, id.projectId(), id.channelId()).statementFor(id.periodStart());
            if (!s.statementId().equals(statementId)) {
                throw new NotFoundException("no statement " + statementId + ": " + id.periodStart()
                        + " does not start a settlement period; its period is " + s.period().label()
                        + " (" + s.statementId() + ")");
            }
            return s;
        });
    }

    /** COM-5: freezes the statement as it stands now and announces it, in one transaction. */
    @Transactional
    public Statement issue(String tenantId, String statementId, String actor) {
        StatementId id = parse(tenantId, statementId);
        locks.channel(tenantId, id.projectId(), id.channelId());
        if (statements.exists(tenantId, statementId)) {
            throw new ConflictException("statement " + statementId + " was issued already; it never changes (COM-5)");
        }
        Statement open = get(tenantId, statementId, null);
        if (open.wasIssued()) {
            throw new ConflictException("statement " + statementId + " was issued already");
        }
        requireEnded(open, loader.zoneOf(tenantId, id.projectId(), id.channelId()));
        requireRepresentable(open);
        Statement issued = open.issue(clock.instant(), actor);
        try {
            statements.insert(tenantId, issued);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("statement " + statementId + " was issued at the same moment by someone else");
        }
        EventEnvelope event = StatementAnnouncement.of(issued, tenantId);
        outbox.add(tenantId, event.eventId(), Topics.STATEMENTS.name(tenantId),
                StatementAnnouncement.recordKey(tenantId, issued.channelId()), EventJson.write(event));
        return issued;
    }

    /**
     * COM-5 freezes a period's money, so only a period that is over can be issued: a deal of its last day could still
     * come. Its end is a day in the agreement's business zone (Asia/Shanghai by default), over at that day's midnight.
     */
    private void requireEnded(Statement s, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!s.period().end().isBefore(today)) {
            throw new UnprocessableException("period", "the period " + s.period().label() + " ends on "
                    + s.period().end() + " (" + zone.getId() + "); a statement is issued once its period has ended");
        }
    }

    /**
     * A statement whose lines or sums leave the range of the statement columns, the spreadsheet and the contracts is
     * refused with what is wrong named (a fine or deal stored before the input limits could do it), never half-written.
     */
    public static void requireRepresentable(Statement s) {
        List<Problem> problems = Limits.statement(s);
        if (!problems.isEmpty()) {
            throw new UnprocessableException(problems);
        }
    }

    /** The zone the statement's times are shown in: its agreement's. */
    @Transactional(readOnly = true)
    public java.time.ZoneId zoneOf(String tenantId, Statement s) {
        return loader.zoneOf(tenantId, s.projectId(), s.channelId());
    }

    /** An id of the caller's tenant; another tenant's is not found, as if it did not exist. */
    private static StatementId parse(String tenantId, String statementId) {
        StatementId id = StatementId.parse(statementId).orElseThrow(() -> new NotFoundException(
                "no statement " + statementId + ": ids look like <tenantId>:<projectId>:<channelId>:<period start>"));
        if (!id.tenantId().equals(tenantId)) {
            throw new NotFoundException("no statement " + statementId);
        }
        // a period far outside the years this system settles has no statement (and no next period to compute)
        if (id.periodStart().isBefore(Limits.FIRST_DAY) || id.periodStart().isAfter(Limits.LAST_DAY)) {
            throw new NotFoundException("no statement " + statementId + ": periods lie between " + Limits.FIRST_DAY
                    + " and " + Limits.LAST_DAY);
        }
        return id;
    }
}
