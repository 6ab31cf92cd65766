package com.baobei.visit.web;

import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import com.baobei.visit.masterdata.MasterDataChecks;
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

/**
 * The day's reception rotation of a project (ROT-1, ROT-2, VIS-8). The project is one of the caller's tenant: the
 * optional {@code tenantId} may only repeat the token's.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/rotation/{date}")
class RotationController {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Patterns.ID);
    private static final String TENANT = "Optional: the tenant of your token; another tenant is 403";

    private final CommandGateway commands;
    private final RotationViews views;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    private final MasterDataChecks masterData;

    RotationController(CommandGateway commands, RotationViews views, IdempotentRequests idempotent, Clock clock,
            MasterDataChecks masterData) {
        this.masterData = masterData;
        this.commands = commands;
        this.views = views;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Operation(summary = "Put the day's consultants on duty, head first (ROT-1)",
            description = "Replaces the day's queue with this order.")
    @ApiResponse(responseCode = "200", description = "The queue as set")
    @ApiResponse(responseCode = "400", description = "No consultant, a consultant twice, or a malformed id or date")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the site manager of the project sets the rotation")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or a consultant unknown at it, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed(Role.SITE_MANAGER)
    @PutMapping
    ResponseEntity<RotationResponse> set(Caller caller,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                         @PathVariable String projectId,
                                         @Parameter(description = "The calendar day, e.g. 2025-03-02") @PathVariable LocalDate date,
                                         @Parameter(description = TENANT) @RequestParam(required = false) String tenantId,
                                         @Valid @RequestBody RotationRequest request) {
        requireDay(date);
        String tenant = scope(caller, tenantId, projectId);
        FullPhonesInText.require(request);
        String rotationId = RotationId.of(tenant, projectId, date);
        return idempotent.run(key, caller, request, RotationResponse.class, () -> {
            masterData.require(tenant, projectId, true, consultantFields(request.consultants()));
            commands.sendAndWait(new SetRotation(rotationId, tenant, projectId, date, request.consultants(),
                    caller.subject(), now()));
            return ResponseEntity.ok(toResponse(views.getReferenceById(rotationId)));
        });
    }

    @Operation(summary = "The day's queue: the head receives the next natural visit, the last a market researcher")
    @ApiResponse(responseCode = "200", description = "The queue, head first")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the project reads it")
    @ApiResponse(responseCode = "404", description = "No rotation set for that day")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @GetMapping
    RotationResponse queue(Caller caller, @PathVariable String projectId, @PathVariable LocalDate date,
                           @Parameter(description = TENANT) @RequestParam(required = false) String tenantId) {
        requireDay(date);
        String tenant = scope(caller, tenantId, projectId);
        return views.findById(RotationId.of(tenant, projectId, date)).map(RotationController::toResponse)
                .orElseThrow(() -> new NotFoundException("no rotation for " + projectId + " on " + date));
    }

    @Operation(summary = "A client declined service (ROT-2)",
            description = "The consultant (the head when not named) keeps the head of the queue; one who has just "
                    + "taken the turn for that client gets the head back.")
    @ApiResponse(responseCode = "200", description = "The queue after it")
    @ApiResponse(responseCode = "400", description = "A malformed consultant id, project id or date")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the project reports it")
    @ApiResponse(responseCode = "404", description = "No rotation set for that day")
    @ApiResponse(responseCode = "409", description = "That consultant neither holds the head nor took the last turn")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or a consultant unknown at it, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @PostMapping("/declined")
    ResponseEntity<RotationResponse> declined(Caller caller,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @PathVariable String projectId,
                                              @PathVariable LocalDate date,
                                              @Parameter(description = TENANT) @RequestParam(required = false)
                                              String tenantId,
                                              @Valid @RequestBody DeclinedRequest request) {
        requireDay(date);
        String tenant = scope(caller, tenantId, projectId);
        FullPhonesInText.require(request);
        String rotationId = RotationId.of(tenant, projectId, date);
        return idempotent.run(key, caller, request, RotationResponse.class, () -> {
            if (!views.existsById(rotationId)) {
                throw new NotFoundException("no rotation for " + projectId + " on " + date);
            }
            masterData.require(tenant, projectId, true, "consultantId", request.consultantId());
            commands.sendAndWait(new ReportDeclined(rotationId, request.consultantId(), caller.subject(), now()));
            return ResponseEntity.ok(toResponse(views.getReferenceById(rotationId)));
        });
    }

    /** Each consultant of the rotation by its field, {@code consultants[i]}. */
    private static java.util.Map<String, String> consultantFields(List<String> consultants) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; consultants != null && i < consultants.size(); i++) {
            fields.put("consultants[" + i + "]", consultants.get(i));
        }
        return fields;
    }

    /** The caller's tenant (a tenantId naming another is 403), after the project's shape and the caller's access to it. */
    private static String scope(Caller caller, String tenantId, String projectId) {
        if (projectId.length() > 64 || !ID.matcher(projectId).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("projectId", Patterns.ID_MESSAGE)));
        }
        String tenant = caller.requireTenant(tenantId);
        Access.atProject(caller, projectId);
        return tenant;
    }

    /**
     * A rotation is a working day's queue: a day more than {@link BusinessTimes#OLDEST} from today (either way) is a
     * typing mistake, and a year such as +999999999 would not fit the database's date (400, not 500).
     */
    private void requireDay(LocalDate date) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, date));
        if (days > BusinessTimes.OLDEST.toDays()) {
            throw new InvalidRequestException(List.of(new FieldProblem("date",
                    "a day within " + BusinessTimes.OLDEST.toDays() + " days of today")));
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
