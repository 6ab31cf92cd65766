package com.baobei.visit.web;

import com.baobei.contracts.visit.DisputeRuled.Level;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import com.baobei.visit.dispute.DisputeCopy;
import com.baobei.visit.dispute.KnownDispute;
import com.baobei.visit.masterdata.MasterDataChecks;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.ruling.RuleDispute;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.view.RulingView;
import com.baobei.visit.view.RulingViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rulings on disputes raised by channels (DSP-1, DSP-2): only the developer's people rule. */
@RestController
@RequestMapping("/api/v1/disputes/{disputeId}/rulings")
class RulingController {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Patterns.ID);

    private final CommandGateway commands;
    private final RulingViews views;
    private final ClientContacts contacts;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    private final MasterDataChecks masterData;
    private final DisputeCopy disputes;

    RulingController(CommandGateway commands, RulingViews views, ClientContacts contacts,
                     IdempotentRequests idempotent, Clock clock,
            MasterDataChecks masterData, DisputeCopy disputes) {
        this.masterData = masterData;
        this.disputes = disputes;
        this.commands = commands;
        this.views = views;
        this.contacts = contacts;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Operation(summary = "Rule a dispute (DSP-1)",
            description = "The site manager rules first (level SITE_MANAGER); the marketing manager rules on "
                    + "escalation (level MARKETING_MANAGER: the level is the token's role). A second ruling at the "
                    + "same level re-rules. The ruling overrides the automatic attribution until re-ruled (DSP-2). "
                    + "Linked numbers (ID-3) are published masked only.")
    @ApiResponse(responseCode = "201", description = "Stored; visit.DisputeRuled on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the site manager of the project or the tenant's marketing "
            + "manager rules, within their token's tenant")
    @ApiResponse(responseCode = "404", description = "No dispute of that id raised in your tenant (disputeId named; "
            + "nothing stored or published)")
    @ApiResponse(responseCode = "409", description = "Escalation before a first ruling, a site manager after "
            + "escalation, or another project or client than the dispute's")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed({Role.SITE_MANAGER, Role.MARKETING_MANAGER})
    @PostMapping
    ResponseEntity<RulingResponse> rule(Caller caller,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                        @PathVariable String disputeId,
                                        @Valid @RequestBody RulingRequest request) {
        String tenant = caller.requireTenant(request.tenantId());
        Access.atProject(caller, request.projectId(), Role.MARKETING_MANAGER);
        if (disputeId.length() > 64 || !ID.matcher(disputeId).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("disputeId", Patterns.ID_MESSAGE)));
        }
        List<FieldProblem> problems = RulingChecks.problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        FullPhonesInText.require(request);
        // DSP-2: the ruling's level is the ruler's role, as the token says
        Level level = caller.has(Role.MARKETING_MANAGER) ? Level.MARKETING_MANAGER : Level.SITE_MANAGER;
        return idempotent.run(key, caller, request, RulingResponse.class, () -> {
            masterData.requireProject(tenant, request.projectId(), false);
            requireOpenDispute(caller, tenant, disputeId, request);
            // a dispute already ruled at another project is that project's people's (403), whatever the body names
            for (RulingView earlier : views.findByTenantIdAndDisputeIdOrderByRuledAtAsc(tenant, disputeId)) {
                Access.atProject(caller, earlier.getProjectId(), Role.MARKETING_MANAGER);
            }
            List<PhoneRef> linked = request.linkedPhones() == null ? List.of()
                    : request.linkedPhones().stream().map(p -> contacts.keep(tenant, p)).toList();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            commands.sendAndWait(new RuleDispute(disputeId, tenant, request.projectId(),
                    request.clientSurname(), request.maskedPhone(), request.ownerKind(), request.channelId(),
                    request.agentId(), request.rationale(), linked, level, caller.subject(), now));
            return ResponseEntity.created(URI.create("/api/v1/disputes/" + disputeId + "/rulings"))
                    .body(new RulingResponse(disputeId, tenant, request.projectId(), level.name(),
                            request.ownerKind().name(), request.channelId(), request.agentId(), request.rationale(),
                            caller.subject(), now, linked.stream().map(PhoneRef::maskedPhone).toList()));
        });
    }

    /**
     * Issue 12: a ruling moves a client, so it is only for a dispute a channel raised (404 otherwise), at one of the
     * caller's projects (403), and it names that dispute's project and client (409). Re-ruling and escalation of a
     * known dispute stay the aggregate's (DSP-1, DSP-2).
     */
    private void requireOpenDispute(Caller caller, String tenant, String disputeId, RulingRequest request) {
        KnownDispute dispute = disputes.find(tenant, disputeId).orElseThrow(() -> new UnknownDisputeException(
                "DSP-1: no dispute " + disputeId + " raised in your tenant (or not yet received from the channels' "
                        + "side)"));
        Access.atProject(caller, dispute.projectId(), Role.MARKETING_MANAGER);
        if (!dispute.projectId().equals(request.projectId())) {
            throw new ConflictingStateException("projectId", "the dispute was raised at another project");
        }
        if (dispute.maskedPhone() != null && !dispute.maskedPhone().equals(request.maskedPhone())) {
            throw new ConflictingStateException("maskedPhone", "the dispute is about another client");
        }
    }

    @Operation(summary = "The rulings on a dispute, oldest first; the last one stands (DSP-2)",
            description = "This service knows a dispute by its rulings: none in your tenant is 404.")
    @ApiResponse(responseCode = "200", description = "The rulings")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the consultants and the site manager of the dispute's "
            + "project, the marketing manager and the tenant admin read rulings here")
    @ApiResponse(responseCode = "404", description = "No ruling on that dispute in your tenant")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping
    List<RulingResponse> rulings(Caller caller, @PathVariable String disputeId) {
        List<RulingView> rulings = views.findByTenantIdAndDisputeIdOrderByRuledAtAsc(caller.tenant(), disputeId);
        if (rulings.isEmpty()) {
            throw new NotFoundException("no ruling on dispute " + disputeId);
        }
        // one dispute, one project (the aggregate refuses another); every ruling is checked all the same
        for (RulingView ruling : rulings) {
            if (!Access.reaches(caller, ruling.getProjectId(), Role.MARKETING_MANAGER, Role.TENANT_ADMIN)) {
                throw new Forbidden("project " + ruling.getProjectId() + " is not one of your projects");
            }
        }
        return rulings.stream().map(RulingController::toResponse).toList();
    }

    private static RulingResponse toResponse(RulingView v) {
        return new RulingResponse(v.getDisputeId(), v.getTenantId(), v.getProjectId(), v.getLevel(), v.getOwnerKind(),
                v.getChannelId(), v.getAgentId(), v.getRationale(), v.getRuledBy(), v.getRuledAt(), null);
    }
}
