package com.baobei.visit.web;

import com.baobei.contracts.Ids;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import com.baobei.visit.calls.CallRotaId;
import com.baobei.visit.calls.CallTaken;
import com.baobei.visit.calls.SetCallRota;
import com.baobei.visit.masterdata.MasterDataChecks;
import com.baobei.visit.reception.Hotline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The project's hotline (ROT-3): the agencies' call rota, and each inbound call with the agency it belongs to. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class CallController {

    private static final String TENANT = "Optional: the tenant of your token; another tenant is 403";

    private final CommandGateway commands;
    private final Hotline hotline;
    private final IdempotentRequests idempotent;
    private final MasterDataChecks masterData;
    private final Clock clock;

    CallController(CommandGateway commands, Hotline hotline, IdempotentRequests idempotent,
                   MasterDataChecks masterData, Clock clock) {
        this.commands = commands;
        this.hotline = hotline;
        this.idempotent = idempotent;
        this.masterData = masterData;
        this.clock = clock;
    }

    @Operation(summary = "Set the agencies' hotline rota from a day on (ROT-3)",
            description = "From this day on the agencies take the calls one day each, in this order, round and "
                    + "round, until a rota from a later day; a rota from the same day is replaced.")
    @ApiResponse(responseCode = "200", description = "The rota as set")
    @ApiResponse(responseCode = "400", description = "No agency, an agency twice, or a malformed id or date")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the site manager of the project sets the rota")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or "
            + "no active consultant of an agency works at it, the field named (nothing stored); or Idempotency-Key "
            + "reused for a different request")
    @Allowed(Role.SITE_MANAGER)
    @PutMapping("/call-rota/{date}")
    ResponseEntity<CallRotaResponse> setRota(Caller caller,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                             @PathVariable String projectId,
                                             @Parameter(description = "The rota's first day, e.g. 2025-03-03")
                                             @PathVariable LocalDate date,
                                             @Parameter(description = TENANT) @RequestParam(required = false)
                                             String tenantId,
                                             @Valid @RequestBody CallRotaRequest request) {
        ProjectScope.requireDay(clock, date);
        String tenant = ProjectScope.tenant(caller, tenantId, projectId);
        FullPhonesInText.require(request);
        return idempotent.run(key, caller, request, CallRotaResponse.class, () -> {
            masterData.requireAgenciesAndChannels(tenant, projectId, fields("agencies", request.agencies()), Map.of());
            commands.sendAndWait(new SetCallRota(CallRotaId.of(tenant, projectId), tenant, projectId, date,
                    request.agencies(), caller.subject(), now()));
            return ResponseEntity.ok(new CallRotaResponse(tenant, projectId, date, request.agencies()));
        });
    }

    @Operation(summary = "Record an inbound call: it belongs to the agency that took it (ROT-3)",
            description = "The call's day in the project's time zone names the agency on duty by the rota; when "
                    + "another agency answered because the one on duty could not, the call is the answering agency's.")
    @ApiResponse(responseCode = "201", description = "Stored: whose the call is, with the rule ids and the reason")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed, or takenByAgencyId is not in "
            + "the rota (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the project records calls")
    @ApiResponse(responseCode = "409", description = "No call rota covers the call's day (ROT-3)")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or "
            + "the answering agency has no active consultant at it; or Idempotency-Key reused for a different request")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @PostMapping("/calls")
    ResponseEntity<CallResponse> call(Caller caller,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                      @PathVariable String projectId,
                                      @Parameter(description = TENANT) @RequestParam(required = false) String tenantId,
                                      @Valid @RequestBody CallRequest request) {
        String tenant = ProjectScope.tenant(caller, tenantId, projectId);
        FullPhonesInText.require(request);
        List<FieldProblem> problems = new ArrayList<>();
        BusinessTimes.check("calledAt", request.calledAt(), now(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return idempotent.run(key, caller, request, CallResponse.class, () -> {
            Map<String, String> agency = new LinkedHashMap<>();
            agency.put("takenByAgencyId", request.takenByAgencyId());
            masterData.requireAgenciesAndChannels(tenant, projectId, agency, Map.of());
            String callId = Ids.newId();
            CallTaken taken = hotline.take(tenant, projectId, callId, request.calledAt(), request.callerSurname(),
                    request.callerPhone(), request.takenByAgencyId(), caller.subject());
            return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/calls/" + callId))
                    .body(new CallResponse(callId, tenant, projectId, taken.day(), taken.calledAt(),
                            taken.callerSurname(), taken.caller() == null ? null : taken.caller().maskedPhone(),
                            taken.agencyOnDuty(), taken.agencyId(), taken.ruleIds(), taken.reason()));
        });
    }

    /** Each element by its field, {@code agencies[i]}. */
    static Map<String, String> fields(String name, List<String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            fields.put(name + "[" + i + "]", values.get(i));
        }
        return fields;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
