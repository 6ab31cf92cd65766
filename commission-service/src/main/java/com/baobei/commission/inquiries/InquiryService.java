package com.baobei.commission.inquiries;

import com.baobei.commission.adjustments.Adjustment;
import com.baobei.commission.adjustments.AdjustmentService;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.ConflictException;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.NotFoundException;
import com.baobei.commission.errors.UnprocessableException;
import com.baobei.commission.ledger.Limits;
import com.baobei.commission.ledger.MoneyLine;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.persistence.InquiryRepository;
import com.baobei.commission.statements.StatementService;
import com.baobei.contracts.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commission inquiries (ADR 0032): a channel manager questions a line of one of their channel's statements; finance
 * answers once, with an adjustment proposal linked to the inquiry (approved by a second finance person like any other)
 * or with a reasoned refusal.
 */
@Service
public class InquiryService {

    private final InquiryRepository inquiries;
    private final StatementService statements;
    private final AdjustmentService adjustments;
    private final Clock clock;

    public InquiryService(InquiryRepository inquiries, StatementService statements, AdjustmentService adjustments,
                          Clock clock) {
        this.inquiries = inquiries;
        this.statements = statements;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    /** @param onlyChannel the caller's channel: another channel's statement is not found, as when it is read */
    @Transactional
    public Inquiry raise(String tenantId, String projectId, String statementId, String lineKey, String question,
                         String actor, String onlyChannel) {
        List<Problem> problems = new ArrayList<>();
        required("statementId", statementId, problems);
        Limits.id("statementId", statementId, Limits.ID_LENGTH * 2, problems);
        required("lineKey", lineKey, problems);
        Limits.id("lineKey", lineKey, Limits.ID_LENGTH * 2, problems);
        required("question", question, problems);
        Limits.text("question", question, Limits.NOTE_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Limits.noFullPhone("question", question, problems);
        if (!problems.isEmpty()) {
            throw new UnprocessableException(problems);
        }
        Statement statement = statements.get(tenantId, statementId, onlyChannel);
        if (!statement.projectId().equals(projectId)) {
            throw new NotFoundException("no statement " + statementId + " in project " + projectId);
        }
        if (lines(statement).noneMatch(l -> l.key().equals(lineKey))) {
            throw new UnprocessableException("lineKey", "statement " + statementId + " has no line " + lineKey);
        }
        Inquiry inquiry = new Inquiry(Ids.newId(), projectId, statement.channelId(), statementId, lineKey, question,
                actor, now(), Inquiry.Status.OPEN, null, null, null, null);
        inquiries.insert(tenantId, inquiry);
        return inquiry;
    }

    /**
     * Finance's one answer. An adjustment is proposed by the one who answers and linked both ways; the answer's text is
     * its reason. A refusal needs its reason.
     */
    @Transactional
    public Inquiry answer(String tenantId, String projectId, String inquiryId, Inquiry.Outcome outcome, String answer,
                          Adjustment.Direction direction, BigDecimal amount, String actor) {
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new Problem("outcome", "required: ADJUSTMENT or REFUSAL"));
        }
        required("answer", answer, problems);
        Limits.text("answer", answer, Limits.NOTE_LENGTH, problems);
        // a malformed amount is named before anything is looked up, whatever the outcome
        Limits.money("amount", amount, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Limits.noFullPhone("answer", answer, problems);
        if (!problems.isEmpty()) {
            throw new UnprocessableException(problems);
        }
        Inquiry open = find(tenantId, projectId, inquiryId, null);
        if (open.status() != Inquiry.Status.OPEN) {
            throw new ConflictException("inquiry " + inquiryId + " was answered already (" + open.status() + ")");
        }
        Inquiry answered;
        if (outcome == Inquiry.Outcome.ADJUSTMENT) {
            Adjustment proposed = adjustments.propose(tenantId, projectId, null, open.channelId(), direction, amount,
                    answer, inquiryId, actor).adjustment();
            answered = open.answered(Inquiry.Status.ADJUSTED, answer, proposed.adjustmentId(), actor, now());
        } else {
            answered = open.answered(Inquiry.Status.REFUSED, answer, null, actor, now());
        }
        if (!inquiries.answer(tenantId, answered)) {
            throw new ConflictException("inquiry " + inquiryId + " was answered at the same moment by someone else");
        }
        return answered;
    }

    /** @param onlyChannel the caller's channel, or null for finance: another channel's inquiry is not found */
    @Transactional(readOnly = true)
    public Inquiry find(String tenantId, String projectId, String inquiryId, String onlyChannel) {
        return inquiries.find(tenantId, inquiryId)
                .filter(i -> i.projectId().equals(projectId))
                .filter(i -> onlyChannel == null || i.channelId().equals(onlyChannel))
                .orElseThrow(() -> new NotFoundException("no inquiry " + inquiryId + " in project " + projectId));
    }

    @Transactional(readOnly = true)
    public List<Inquiry> list(String tenantId, String projectId, String channelId, Inquiry.Status status) {
        return inquiries.list(tenantId, projectId, channelId, status);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Stream<MoneyLine> lines(Statement s) {
        return Stream.of(s.deals().stream(), s.adjustments().stream(), s.charges().stream())
                .flatMap(x -> x.map(MoneyLine.class::cast));
    }

    private static void required(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "required"));
        }
    }
}
