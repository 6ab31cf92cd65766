package com.baobei.commission.adjustments;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.ConflictException;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.NotFoundException;
import com.baobei.commission.errors.UnprocessableException;
import com.baobei.commission.ledger.Limits;
import com.baobei.commission.persistence.AdjustmentRepository;
import com.baobei.commission.persistence.Locks;
import com.baobei.contracts.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual adjustments of a tenant (ADR 0032): one finance person proposes, a second approves or rejects; approved, the
 * adjustment is a fact of the channel's ledger, in the period it was approved in. All of it stays on the record.
 */
@Service
public class AdjustmentService {

    /** @param created false when the same adjustmentId was proposed before with the same facts */
    public record Proposed(Adjustment adjustment, boolean created) {
    }

    private final AdjustmentRepository adjustments;
    private final Locks locks;
    private final Clock clock;

    public AdjustmentService(AdjustmentRepository adjustments, Locks locks, Clock clock) {
        this.adjustments = adjustments;
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional
    public Proposed propose(String tenantId, String projectId, String adjustmentId, String channelId,
                            Adjustment.Direction direction, BigDecimal amount, String reason, String inquiryId,
                            String actor) {
        List<Problem> problems = AdjustmentRules.problems(adjustmentId, channelId, direction, amount, reason);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<Problem> personal = new ArrayList<>();
        Limits.noFullPhone("reason", reason, personal);
        if (!personal.isEmpty()) {
            throw new UnprocessableException(personal);
        }
        String id = adjustmentId == null ? Ids.newId() : adjustmentId;
        Adjustment proposal = new Adjustment(id, projectId, channelId, direction,
                AdjustmentRules.signed(direction, amount), reason, inquiryId, Adjustment.Status.PROPOSED, actor,
                clock.instant().truncatedTo(ChronoUnit.MICROS), null, null, null);
        Optional<Adjustment> existing = adjustments.find(tenantId, id);
        if (existing.isPresent()) {
            if (sameFacts(existing.get(), proposal)) {
                return new Proposed(existing.get(), false);
            }
            throw new UnprocessableException("adjustmentId", "adjustment " + id + " was proposed with other facts; "
                    + "send a new adjustmentId for another");
        }
        adjustments.insert(tenantId, proposal);
        return new Proposed(proposal, true);
    }

    /**
     * The second finance person's decision. The proposer may not decide (409); a decided adjustment stays decided
     * (409). Approving takes the channel's lock, like every write that moves its money.
     */
    @Transactional
    public Adjustment decide(String tenantId, String projectId, String adjustmentId, boolean approve, String note,
                             String actor) {
        List<Problem> problems = new ArrayList<>();
        if (!approve) {
            AdjustmentRules.required("note", note, problems);
        }
        Limits.text("note", note, Limits.NOTE_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<Problem> personal = new ArrayList<>();
        Limits.noFullPhone("note", note, personal);
        if (!personal.isEmpty()) {
            throw new UnprocessableException(personal);
        }
        Adjustment proposal = find(tenantId, projectId, adjustmentId);
        if (!AdjustmentRules.mayDecide(proposal, actor)) {
            throw new ConflictException("adjustment " + adjustmentId + " was proposed by " + actor
                    + "; a second finance person approves or rejects it (four eyes)");
        }
        locks.channel(tenantId, projectId, proposal.channelId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Adjustment decided = new Adjustment(proposal.adjustmentId(), proposal.projectId(), proposal.channelId(),
                proposal.direction(), proposal.amount(), proposal.reason(), proposal.inquiryId(),
                approve ? Adjustment.Status.APPROVED : Adjustment.Status.REJECTED, proposal.proposedBy(),
                proposal.proposedAt(), actor, now, note);
        if (!adjustments.decide(tenantId, decided)) {
            throw new ConflictException("adjustment " + adjustmentId + " was decided already ("
                    + find(tenantId, projectId, adjustmentId).status() + "); a decision stays on the record");
        }
        return decided;
    }

    @Transactional(readOnly = true)
    public Adjustment find(String tenantId, String projectId, String adjustmentId) {
        return adjustments.find(tenantId, adjustmentId).filter(a -> a.projectId().equals(projectId))
                .orElseThrow(() -> new NotFoundException("no adjustment " + adjustmentId + " in project " + projectId));
    }

    @Transactional(readOnly = true)
    public List<Adjustment> list(String tenantId, String projectId, String channelId, Adjustment.Status status) {
        return adjustments.list(tenantId, projectId, channelId, status);
    }

    private static boolean sameFacts(Adjustment a, Adjustment b) {
        return a.projectId().equals(b.projectId()) && a.channelId().equals(b.channelId())
                && a.amount().compareTo(b.amount()) == 0 && a.reason().equals(b.reason())
                && Objects.equals(a.inquiryId(), b.inquiryId());
    }
}
