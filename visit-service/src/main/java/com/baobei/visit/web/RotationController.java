package com.baobei.visit.web;

import com.baobei.visit.rotation.ReportDeclined;
import com.baobei.visit.rotation.RotationId;
import com.baobei.visit.rotation.SetRotation;
import com.baobei.visit.view.RotationView;
import com.baobei.visit.view.RotationViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The day's reception rotation of a project (ROT-1, ROT-2, VIS-8). */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/rotation/{date}")
class RotationController {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Patterns.ID);

    private final CommandGateway commands;
    private final RotationViews views;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    RotationController(CommandGateway commands, RotationViews views, IdempotentRequests idempotent, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Operation(summary = "Put the day's consultants on duty, head first (ROT-1)",
            description = "Replaces the day's queue with this order.")
    @ApiResponse(responseCode = "200", description = "The queue as set")
    @ApiResponse(responseCode = "400", description = "No consultant, a consultant twice, or a malformed id or date")
    @ApiResponse(responseCode = "403", description = "Only the site manager sets the rotation")
    @PutMapping
    ResponseEntity<RotationResponse> set(@RequestHeader("X-Actor") String actor,
                                         @RequestHeader("X-Role") Role role,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                         @PathVariable String projectId,
                                         @Parameter(description = "The calendar day, e.g. 2025-03-02") @PathVariable LocalDate date,
                                         @Parameter(description = "The developer") @RequestParam String tenantId,
                                         @Valid @RequestBody RotationRequest request) {
        role.require(Role.SITE_MANAGER);
        Actors.require(actor);
        requireScope(tenantId, projectId);
        String rotationId = RotationId.of(tenantId, projectId, date);
        return idempotent.run(key, actor, request, RotationResponse.class, () -> {
            commands.sendAndWait(new SetRotation(rotationId, tenantId, projectId, date, request.consultants(), actor,
                    now()));
            return ResponseEntity.ok(toResponse(views.getReferenceById(rotationId)));
        });
    }

    @Operation(summary = "The day's queue: the head receives the next natural visit, the last a market researcher")
    @ApiResponse(responseCode = "200", description = "The queue, head first")
    @ApiResponse(responseCode = "403", description = "Only the office's people read the rotation")
    @ApiResponse(responseCode = "404", description = "No rotation set for that day")
    @GetMapping
    RotationResponse queue(@RequestHeader("X-Role") Role role, @PathVariable String projectId,
                           @PathVariable LocalDate date, @RequestParam String tenantId) {
        role.require(Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER);
        return views.findById(RotationId.of(tenantId, projectId, date)).map(RotationController::toResponse)
                .orElseThrow(() -> new NotFoundException("no rotation for " + projectId + " on " + date));
    }

    @Operation(summary = "A client declined service (ROT-2)",
            description = "The consultant (the head when not named) keeps the head of the queue; one who has just "
                    + "taken the turn for that client gets the head back.")
    @ApiResponse(responseCode = "200", description = "The queue after it")
    @ApiResponse(responseCode = "400", description = "A malformed consultant id, tenant id or date")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager reports it")
    @ApiResponse(responseCode = "404", description = "No rotation set for that day")
    @ApiResponse(responseCode = "409", description = "That consultant neither holds the head nor took the last turn")
    @PostMapping("/declined")
    ResponseEntity<RotationResponse> declined(@RequestHeader("X-Actor") String actor,
                                              @RequestHeader("X-Role") Role role,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @PathVariable String projectId,
                                              @PathVariable LocalDate date,
                                              @RequestParam String tenantId,
                                              @Valid @RequestBody DeclinedRequest request) {
        role.require(Role.CONSULTANT, Role.SITE_MANAGER);
        Actors.require(actor);
        requireScope(tenantId, projectId);
        String rotationId = RotationId.of(tenantId, projectId, date);
        return idempotent.run(key, actor, request, RotationResponse.class, () -> {
            if (!views.existsById(rotationId)) {
                throw new NotFoundException("no rotation for " + projectId + " on " + date);
            }
            commands.sendAndWait(new ReportDeclined(rotationId, request.consultantId(), actor, now()));
            return ResponseEntity.ok(toResponse(views.getReferenceById(rotationId)));
        });
    }

    private static void requireScope(String tenantId, String projectId) {
        if (tenantId.length() > 64 || !ID.matcher(tenantId).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("tenantId", Patterns.ID_MESSAGE)));
        }
        if (projectId.length() > 64 || !ID.matcher(projectId).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("projectId", Patterns.ID_MESSAGE)));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static RotationResponse toResponse(RotationView v) {
        List<String> queue = v.getQueue();
        return new RotationResponse(v.getTenantId(), v.getProjectId(), v.getDay(), queue, queue.get(0),
                queue.get(queue.size() - 1), v.getLastTurnConsultantId());
    }
}
