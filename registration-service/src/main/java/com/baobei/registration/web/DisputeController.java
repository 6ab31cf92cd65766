package com.baobei.registration.web;

import com.baobei.contracts.Ids;
import com.baobei.registration.dispute.RaiseDispute;
import com.baobei.registration.evidence.EvidenceFiles;
import com.baobei.registration.masterdata.MasterDataLookup;
import com.baobei.registration.masterdata.RegistrationGate;
import com.baobei.registration.view.RegistrationView;
import com.baobei.registration.view.RegistrationViews;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/disputes")
class DisputeController {

    private final CommandGateway commands;
    private final RegistrationViews registrations;
    private final IdempotentRequests idempotent;
    private final Clock clock;
    private final MasterDataLookup masterData;
    private final EvidenceFiles evidence;

    private static final String EVIDENCE = "evidence:";

    DisputeController(CommandGateway commands, RegistrationViews registrations, IdempotentRequests idempotent,
                      Clock clock, MasterDataLookup masterData, EvidenceFiles evidence) {
        this.commands = commands;
        this.registrations = registrations;
        this.idempotent = idempotent;
        this.clock = clock;
        this.masterData = masterData;
        this.evidence = evidence;
    }

    @Operation(summary = "Raise a dispute (DSP-1) or a late claim on a buyer (PUR-7)",
            description = "A channel agent raises it for themselves, a channel manager for their channel, in the "
                    + "token's tenant; a registrationId names a registration of their own (agent) or of their "
                    + "channel (manager) at the same project. The sales office rules it (visit service); the "
                    + "attribution service proposes the outcome the rules give and rejects claims the rules void "
                    + "outright.")
    @ApiResponse(responseCode = "201", description = "Stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only channel people raise disputes, in the token's tenant "
            + "and channel, an agent for themselves, about a registration of their own; nothing stored")
    @ApiResponse(responseCode = "404", description = "registrationId names no registration of the caller's tenant")
    @ApiResponse(responseCode = "422", description = "A full phone number in the surname, statement or an evidence "
            + "reference (ID-4); the project, channel or agent was never known to the tenant "
            + "(problem+json names the field; nothing stored), or Idempotency-Key reused for a different request")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER})
    @PostMapping
    ResponseEntity<DisputeResponse> raise(Caller caller,
                                          @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                          @Valid @RequestBody DisputeRequest request) {
        if (caller.has(Role.CHANNEL_MANAGER)) {
            Access.requireOwnChannel(caller, request.tenantId(), request.channelId());
        } else {
            Access.requireSelf(caller, request.tenantId(), request.channelId(), request.agentId());
        }
        if (request.registrationId() != null && !request.registrationId().isBlank()) {
            requireOwnRegistration(caller, request);
        }
        RegistrationGate.requireKnown(masterData, caller.tenant(), request.projectId(), request.channelId(),
                request.agentId());
        requireStoredEvidence(caller, request);
        return idempotent.run(key, caller, request, DisputeResponse.class, () -> {
            String disputeId = Ids.newId();
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            commands.sendAndWait(new RaiseDispute(disputeId, caller.tenant(), request.projectId(),
                    request.channelId(), request.agentId(), request.kind(), request.clientSurname(),
                    request.maskedPhone(), request.registrationId(), request.purchaseId(), request.evidenceRefs(),
                    statement(request), now));
            return ResponseEntity.created(URI.create("/api/v1/disputes/" + disputeId))
                    .body(new DisputeResponse(disputeId, request.kind().name(), now));
        });
    }

    /**
     * A reference {@code evidence:<id>} names a file this channel sent at this project (EvidenceController); other
     * references (a contract number, a note) are taken as written.
     */
    private void requireStoredEvidence(Caller caller, DisputeRequest request) {
        List<String> ids = request.evidenceRefs().stream().filter(ref -> ref.startsWith(EVIDENCE))
                .map(ref -> ref.substring(EVIDENCE.length())).toList();
        java.util.Set<String> stored = evidence.sentBy(caller.tenant(), request.projectId(), request.channelId(), ids);
        List<FieldProblem> missing = new java.util.ArrayList<>();
        for (int i = 0; i < request.evidenceRefs().size(); i++) {
            String ref = request.evidenceRefs().get(i);
            if (ref.startsWith(EVIDENCE) && !stored.contains(ref.substring(EVIDENCE.length()))) {
                missing.add(new FieldProblem("evidenceRefs[" + i + "]",
                        "no evidence file " + ref + " sent by your channel at this project"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing, true);
        }
    }

    /** No statement is null, never an empty text (the published schema's text has at least one character). */
    private static String statement(DisputeRequest request) {
        return request.statement() == null || request.statement().isBlank() ? null : request.statement();
    }

    /** The registration a dispute relies on is the caller's own (agent) or their channel's (manager). */
    private void requireOwnRegistration(Caller caller, DisputeRequest request) {
        RegistrationView registration = registrations
                .findByTenantIdAndRegistrationId(caller.tenant(), request.registrationId())
                .orElseThrow(() -> new NotFoundException("no registration " + request.registrationId()));
        if (!Access.ownChannels(caller, registration.getChannelId(), registration.getAgentId())) {
            throw new Forbidden("registration " + request.registrationId() + " is not "
                    + (caller.has(Role.CHANNEL_MANAGER) ? "your channel's" : "yours"));
        }
        if (!registration.getProjectId().equals(request.projectId())) {
            throw new InvalidRequestException(List.of(new FieldProblem("registrationId",
                    "a registration at project " + registration.getProjectId() + ", not " + request.projectId())));
        }
    }
}
