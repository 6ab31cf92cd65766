package com.baobei.commission.web;

import com.baobei.commission.adjustments.Adjustment;
import com.baobei.commission.adjustments.AdjustmentService;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.inquiries.Inquiry;
import com.baobei.commission.inquiries.InquiryService;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
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
 * Commission inquiries (ADR 0032): a channel manager questions one line of their channel's statement; finance answers
 * with an adjustment (proposed, linked, approved by a second finance person) or a reasoned refusal. A channel manager
 * sees their own channel's inquiries only; another channel's are not found.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/inquiries")
public class InquiryController {

    /** @param lineKey the line's key as the statement shows it, e.g. {@code deal:p-17} or {@code fine:f-3:1} */
    public record InquiryBody(String statementId, String lineKey, String question) {
    }

    /** @param direction and amount: for an ADJUSTMENT, the credit or debit proposed; answer: its reason */
    public record AnswerBody(Inquiry.Outcome outcome, String answer, Adjustment.Direction direction,
                             BigDecimal amount) {
    }

    /** An inquiry, and where its adjustment stands if it has one. */
    public record InquiryView(String inquiryId, String projectId, String channelId, String statementId,
                              String lineKey, String question, String raisedBy, Instant raisedAt,
                              Inquiry.Status status, String answer, String adjustmentId,
                              Adjustment.Status adjustmentStatus, String answeredBy, Instant answeredAt) {
    }

    private final InquiryService inquiries;
    private final AdjustmentService adjustments;

    public InquiryController(InquiryService inquiries, AdjustmentService adjustments) {
        this.inquiries = inquiries;
        this.adjustments = adjustments;
    }

    @Allowed({Role.CHANNEL_MANAGER})
    @PostMapping
    @Operation(summary = "Question one line of a statement of the caller's channel",
            description = "Role CHANNEL_MANAGER; raisedBy is the token's subject. Another channel's statement is 404.")
    @ApiResponse(responseCode = "201", description = "Raised; finance answers it")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a channel manager raises inquiries")
    @ApiResponse(responseCode = "404", description = "No such statement of the caller's channel in this project")
    @ApiResponse(responseCode = "422", description = "The statement has no such line, or the question holds a full "
            + "phone number (ID-4)")
    public ResponseEntity<InquiryView> raise(@PathVariable String projectId, @RequestBody InquiryBody body,
                                             Caller caller) {
        AdjustmentController.requireProject(projectId);
        if (body == null) {
            throw new InvalidRequestException(List.of(new Problem("body", "a JSON body is required")));
        }
        Inquiry raised = inquiries.raise(caller.tenant(), projectId, body.statementId(), body.lineKey(),
                body.question(), caller.subject(), Access.ownChannel(caller, Role.FINANCE));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(caller.tenant(), raised));
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping
    @Operation(summary = "Inquiries of a project", description = "Roles FINANCE and CHANNEL_MANAGER; a channel "
            + "manager's list is their own channel's, and a channelId naming another channel is 403.")
    @ApiResponse(responseCode = "200", description = "The inquiries matching the filters, oldest first")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads inquiries, or another channel named")
    public List<InquiryView> list(@PathVariable String projectId, @RequestParam(required = false) String channelId,
                                  @RequestParam(required = false) Inquiry.Status status, Caller caller) {
        AdjustmentController.requireProject(projectId);
        String channel = Access.channelFilter(caller, channelId, Role.FINANCE);
        return inquiries.list(caller.tenant(), projectId, channel, status).stream()
                .map(i -> view(caller.tenant(), i)).toList();
    }

    @Allowed({Role.FINANCE})
    @PostMapping("/{inquiryId}/answer")
    @Operation(summary = "Answer an inquiry: an adjustment (proposed for a second finance person's approval) or a "
            + "reasoned refusal", description = "Role FINANCE; answeredBy is the token's subject. Answered once.")
    @ApiResponse(responseCode = "200", description = "Answered")
    @ApiResponse(responseCode = "400", description = "outcome or answer missing; for an adjustment, direction or "
            + "amount missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance answers inquiries")
    @ApiResponse(responseCode = "404", description = "No such inquiry in this project of the tenant")
    @ApiResponse(responseCode = "409", description = "Answered already")
    public InquiryView answer(@PathVariable String projectId, @PathVariable String inquiryId,
                              @RequestBody AnswerBody body, Caller caller) {
        AdjustmentController.requireProject(projectId);
        if (body == null) {
            throw new InvalidRequestException(List.of(new Problem("body", "a JSON body is required")));
        }
        return view(caller.tenant(), inquiries.answer(caller.tenant(), projectId, inquiryId, body.outcome(),
                body.answer(), body.direction(), body.amount(), caller.subject()));
    }

    private InquiryView view(String tenantId, Inquiry i) {
        Adjustment.Status adjustment = i.adjustmentId() == null ? null
                : adjustments.find(tenantId, i.projectId(), i.adjustmentId()).status();
        return new InquiryView(i.inquiryId(), i.projectId(), i.channelId(), i.statementId(), i.lineKey(),
                i.question(), i.raisedBy(), i.raisedAt(), i.status(), i.answer(), i.adjustmentId(), adjustment,
                i.answeredBy(), i.answeredAt());
    }
}
