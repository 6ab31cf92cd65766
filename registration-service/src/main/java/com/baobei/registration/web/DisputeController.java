package com.baobei.registration.web;

import com.baobei.registration.dispute.RaiseDispute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
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
    private final IdempotentRequests idempotent;
    private final Clock clock;

    DisputeController(CommandGateway commands, IdempotentRequests idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Operation(summary = "Raise a dispute (DSP-1) or a late claim on a buyer (PUR-7)",
            description = "The sales office rules it (visit service); the attribution service proposes the outcome "
                    + "the rules give and rejects claims the rules void outright.")
    @ApiResponse(responseCode = "201", description = "Stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "403", description = "Only a channel agent raises a dispute, for themselves")
    @PostMapping
    ResponseEntity<DisputeResponse> raise(@RequestHeader("X-Actor") String actor,
                                          @RequestHeader("X-Role") Role role,
                                          @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                          @Valid @RequestBody DisputeRequest request) {
        role.require(Role.CHANNEL_AGENT);
        if (!actor.equals(request.agentId())) {
            throw new ForbiddenException("a channel agent raises disputes under their own agentId");
        }
        return idempotent.run(key, actor, request, DisputeResponse.class, () -> {
            String disputeId = UUID.randomUUID().toString();
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            commands.sendAndWait(new RaiseDispute(disputeId, request.tenantId(), request.projectId(),
                    request.channelId(), request.agentId(), request.kind(), request.clientSurname(),
                    request.maskedPhone(), request.registrationId(), request.purchaseId(), request.evidenceRefs(),
                    request.statement(), now));
            return ResponseEntity.created(URI.create("/api/v1/disputes/" + disputeId))
                    .body(new DisputeResponse(disputeId, request.kind().name(), now));
        });
    }
}
