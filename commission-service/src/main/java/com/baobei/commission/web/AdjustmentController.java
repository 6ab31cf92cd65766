package com.baobei.commission.web;

import com.baobei.commission.adjustments.Adjustment;
import com.baobei.commission.adjustments.AdjustmentService;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.ledger.Limits;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.masterdata.MasterDataChecks;
import com.baobei.commission.statements.LedgerLoader;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manual adjustments (ADR 0032): a credit or debit to a channel with a reason, proposed by one finance person and
 * approved by a second; approved, it is an adjustment line on the channel's statement of the period it was approved in
 * (the next open one if that is issued). Proposer, approver and times stay on the record.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/adjustments")
public class AdjustmentController {

    /** @param adjustmentId optional; given, a retried proposal is recorded once */
    public record AdjustmentBody(String adjustmentId, String channelId, Adjustment.Direction direction,
                                 BigDecimal amount, String reason) {
    }

    public enum Decision { APPROVE, REJECT }

    /** @param note why; required to reject */
    public record ApprovalBody(Decision decision, String note) {
    }

    /** An adjustment as recorded, and the statement its line is on once approved. */
    public record AdjustmentView(String adjustmentId, String projectId, String channelId,
                                 Adjustment.Direction direction, BigDecimal amount, String reason, String inquiryId,
                                 Adjustment.Status status, String proposedBy, Instant proposedAt, String decidedBy,
                                 Instant decidedAt, String decisionNote, String statementId) {
    }

    private final AdjustmentService adjustments;
    private final MasterDataChecks masterData;
    private final LedgerLoader ledgers;

    public AdjustmentController(AdjustmentService adjustments, MasterDataChecks masterData, LedgerLoader ledgers) {
        this.adjustments = adjustments;
        this.masterData = masterData;
        this.ledgers = ledgers;
    }

    @Allowed({Role.FINANCE})
    @PostMapping
    @Operation(summary = "Propose a manual adjustment: CREDIT or DEBIT, an amount and a reason",
            description = "Role FINANCE; proposedBy is the token's subject. It reaches a statement only once a second "
                    + "finance person approves it.")
    @ApiResponse(responseCode = "201", description = "Proposed")
    @ApiResponse(responseCode = "200", description = "This adjustmentId was proposed before with the same facts")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance proposes adjustments")
    @ApiResponse(responseCode = "422", description = "Project or channel unknown to the tenant's master data, a full "
            + "phone number in the reason (ID-4), or the adjustmentId reused for other facts")
    public ResponseEntity<AdjustmentView> propose(@PathVariable String projectId, @RequestBody AdjustmentBody body,
                                                  Caller caller) {
        requireProject(projectId);
        if (body == null) {
            throw new InvalidRequestException(List.of(new Problem("body", "a JSON body is required")));
        }
        List<Problem> problems = com.baobei.commission.adjustments.AdjustmentRules.problems(body.adjustmentId(),
                body.channelId(), body.direction(), body.amount(), body.reason());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        masterData.require(caller.tenant(), projectId, body.channelId(), null);
        AdjustmentService.Proposed proposed = adjustments.propose(caller.tenant(), projectId, body.adjustmentId(),
                body.channelId(), body.direction(), body.amount(), body.reason(), null, caller.subject());
        return ResponseEntity.status(proposed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(caller.tenant(), proposed.adjustment()));
    }

    @Allowed({Role.FINANCE})
    @PostMapping("/{adjustmentId}/approval")
    @Operation(summary = "Approve or reject a proposed adjustment (a second finance person)",
            description = "Role FINANCE, and not the person who proposed it (four eyes); decidedBy is the token's "
                    + "subject. A rejection needs a note.")
    @ApiResponse(responseCode = "200", description = "Decided")
    @ApiResponse(responseCode = "400", description = "decision missing, or a rejection without a note")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance decides adjustments")
    @ApiResponse(responseCode = "404", description = "No such adjustment in this project of the tenant")
    @ApiResponse(responseCode = "409", description = "The proposer may not decide their own adjustment, or it was "
            + "decided already")
    public AdjustmentView decide(@PathVariable String projectId, @PathVariable String adjustmentId,
                                 @RequestBody ApprovalBody body, Caller caller) {
        requireProject(projectId);
        if (body == null || body.decision() == null) {
            throw new InvalidRequestException(List.of(new Problem("decision", "required: APPROVE or REJECT")));
        }
        return view(caller.tenant(), adjustments.decide(caller.tenant(), projectId, adjustmentId,
                body.decision() == Decision.APPROVE, body.note(), caller.subject()));
    }

    @Allowed({Role.FINANCE})
    @GetMapping
    @Operation(summary = "Manual adjustments of a project, proposed and decided", description = "Role FINANCE.")
    @ApiResponse(responseCode = "200", description = "The adjustments matching the filters, oldest first")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance reads adjustments")
    public List<AdjustmentView> list(@PathVariable String projectId,
                                     @RequestParam(required = false) String channelId,
                                     @RequestParam(required = false) Adjustment.Status status, Caller caller) {
        requireProject(projectId);
        return adjustments.list(caller.tenant(), projectId, channelId, status).stream()
                .map(a -> view(caller.tenant(), a)).toList();
    }

    static void requireProject(String projectId) {
        List<Problem> problems = new ArrayList<>();
        Limits.id("projectId", projectId, Limits.SCOPE_ID_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private AdjustmentView view(String tenantId, Adjustment a) {
        return new AdjustmentView(a.adjustmentId(), a.projectId(), a.channelId(), a.direction(), a.amount().abs(),
                a.reason(), a.inquiryId(), a.status(), a.proposedBy(), a.proposedAt(), a.decidedBy(), a.decidedAt(),
                a.decisionNote(), a.status() == Adjustment.Status.APPROVED ? landsOn(tenantId, a) : null);
    }

    /** The statement the approved adjustment's line is on: its period's, or the next open one if that is issued. */
    private String landsOn(String tenantId, Adjustment a) {
        ChannelLedger ledger = ledgers.load(tenantId, a.projectId(), a.channelId());
        Statement own = ledger.statementFor(LocalDate.ofInstant(a.decidedAt(), ledger.zone()));
        return own.wasIssued() ? ledger.statementFor(ledger.nextOpenAfter(own.period()).start()).statementId()
                : own.statementId();
    }
}
