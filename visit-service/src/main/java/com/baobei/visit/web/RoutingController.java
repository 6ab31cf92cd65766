package com.baobei.visit.web;

import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import com.baobei.visit.masterdata.MasterDataChecks;
import com.baobei.visit.routing.Route;
import com.baobei.visit.routing.RoutingId;
import com.baobei.visit.routing.SetRouting;
import com.baobei.visit.view.Routes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A project's reception routed by channel (ROT-4), as 和成璟园 routes 搜房 and 链家's clients. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/routing")
class RoutingController {

    private final CommandGateway commands;
    private final Routes routes;
    private final IdempotentRequests idempotent;
    private final MasterDataChecks masterData;
    private final Clock clock;

    RoutingController(CommandGateway commands, Routes routes, IdempotentRequests idempotent,
                      MasterDataChecks masterData, Clock clock) {
        this.commands = commands;
        this.routes = routes;
        this.idempotent = idempotent;
        this.masterData = masterData;
        this.clock = clock;
    }

    @Operation(summary = "Route the reception of channels' clients to agencies (ROT-4)",
            description = "Replaces the project's routes. A routed channel's visit without a consultant goes to the "
                    + "first consultant of its agencies in the day's rotation; a consultant named outside them is "
                    + "recorded and flagged as poaching (ROT-4, COM-4). Channels without a route use the general "
                    + "rotation.")
    @ApiResponse(responseCode = "200", description = "The routes as set")
    @ApiResponse(responseCode = "400", description = "A channel twice, a route without agencies, an agency twice, or "
            + "a malformed id (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the site manager of the project sets the routing")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, a "
            + "channel unknown, or no active consultant of an agency at the project, the field named (nothing "
            + "stored); or Idempotency-Key reused for a different request")
    @Allowed(Role.SITE_MANAGER)
    @PutMapping
    ResponseEntity<RoutingResponse> set(Caller caller,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                        @PathVariable String projectId,
                                        @Parameter(description = "Optional: the tenant of your token; another "
                                                + "tenant is 403") @RequestParam(required = false) String tenantId,
                                        @Valid @RequestBody RoutingRequest request) {
        String tenant = ProjectScope.tenant(caller, tenantId, projectId);
        FullPhonesInText.require(request);
        List<Route> asked = request.routes().stream().map(r -> new Route(r.channelId(), r.agencies())).toList();
        return idempotent.run(key, caller, request, RoutingResponse.class, () -> {
            Map<String, String> agencies = new LinkedHashMap<>();
            Map<String, String> channels = new LinkedHashMap<>();
            for (int i = 0; i < asked.size(); i++) {
                channels.put("routes[" + i + "].channelId", asked.get(i).channelId());
                agencies.putAll(CallController.fields("routes[" + i + "].agencies", asked.get(i).agencies()));
            }
            masterData.requireAgenciesAndChannels(tenant, projectId, agencies, channels);
            commands.sendAndWait(new SetRouting(RoutingId.of(tenant, projectId), tenant, projectId, asked,
                    caller.subject(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            return ResponseEntity.ok(new RoutingResponse(tenant, projectId, routes.all(tenant, projectId)));
        });
    }
}
