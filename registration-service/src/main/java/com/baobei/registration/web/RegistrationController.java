package com.baobei.registration.web;

import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import com.baobei.registration.intake.RegisterClient;
import com.baobei.registration.view.RegistrationView;
import com.baobei.registration.view.RegistrationViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registrations")
class RegistrationController {

    static final Duration FURTHEST_EXPECTED_VISIT = Duration.ofDays(180);

    private final CommandGateway commands;
    private final RegistrationViews views;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    RegistrationController(CommandGateway commands, RegistrationViews views, IdempotentRequests idempotent,
                           Clock clock) {
        this.commands = commands;
        this.views = views;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Operation(summary = "Register a client (报备)",
            description = "The registration time is the server's clock (REG-1). Whether the registration wins is "
                    + "decided by the attribution service: GET /api/v1/registrations/{id}/verdict there.")
    @ApiResponse(responseCode = "201", description = "Stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "403", description = "Only a channel agent registers, for themselves")
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    @PostMapping
    ResponseEntity<RegistrationResponse> register(
            @RequestHeader("X-Actor") String actor,
            @RequestHeader("X-Role") Role role,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody RegistrationRequest request) {
        role.require(Role.CHANNEL_AGENT);
        if (!actor.equals(request.agentId())) {
            throw new ForbiddenException("a channel agent registers clients under their own agentId");
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (request.expectedVisitAt() != null && request.expectedVisitAt().isAfter(now.plus(FURTHEST_EXPECTED_VISIT))) {
            throw new InvalidRequestException(List.of(new FieldProblem("expectedVisitAt",
                    "more than " + FURTHEST_EXPECTED_VISIT.toDays() + " days ahead")));
        }
        return idempotent.run(idempotencyKey, actor, request, RegistrationResponse.class, () -> {
            RegisterClient command = new RegisterClient(UUID.randomUUID().toString(), request.tenantId(),
                    request.projectId(), request.channelId(), request.channelKind(), request.agentId(),
                    request.clientSurname(), request.maskedPhone(), request.expectedVisitAt(), companions(request), now,
                    Intake.API, null);
            commands.sendAndWait(command);
            return ResponseEntity.created(URI.create("/api/v1/registrations/" + command.registrationId()))
                    .body(toResponse(command));
        });
    }

    @Operation(summary = "One registration as recorded")
    @ApiResponse(responseCode = "404", description = "No such registration")
    @GetMapping("/{registrationId}")
    RegistrationResponse one(@RequestHeader("X-Role") Role role, @PathVariable String registrationId) {
        return views.findById(registrationId).map(RegistrationController::toResponse)
                .orElseThrow(() -> new NotFoundException("no registration " + registrationId));
    }

    @Operation(summary = "A channel's registrations in a project, newest first")
    @GetMapping
    List<RegistrationResponse> forChannel(@RequestHeader("X-Role") Role role,
                                          @RequestParam String projectId,
                                          @RequestParam String channelId,
                                          @RequestParam(defaultValue = "100") int limit) {
        int pageSize = Math.max(1, Math.min(limit, 1000));
        return views.findByProjectIdAndChannelIdOrderByRegisteredAtDesc(projectId, channelId,
                PageRequest.of(0, pageSize)).stream().map(RegistrationController::toResponse).toList();
    }

    private static List<Companion> companions(RegistrationRequest request) {
        return request.companions() == null ? List.of() : request.companions().stream()
                .map(c -> new Companion(c.surname(), c.maskedPhone())).toList();
    }

    private static RegistrationResponse toResponse(RegisterClient c) {
        return new RegistrationResponse(c.registrationId(), c.tenantId(), c.projectId(), c.channelId(),
                c.channelKind().name(), c.agentId(), c.clientSurname(), c.maskedPhone(), c.expectedVisitAt(),
                c.companions().size(), c.registeredAt(), c.intake().name(), c.importedBy());
    }

    static RegistrationResponse toResponse(RegistrationView v) {
        return new RegistrationResponse(v.getRegistrationId(), v.getTenantId(), v.getProjectId(), v.getChannelId(),
                v.getChannelKind(), v.getAgentId(), v.getClientSurname(), v.getMaskedPhone(), v.getExpectedVisitAt(),
                v.getCompanionCount(), v.getRegisteredAt(), v.getIntake(), v.getImportedBy());
    }
}
