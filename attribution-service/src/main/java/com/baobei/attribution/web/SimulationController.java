package com.baobei.attribution.web;

import static com.baobei.security.Role.MARKETING_MANAGER;
import static com.baobei.security.Role.SITE_MANAGER;
import static com.baobei.security.Role.TENANT_ADMIN;

import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.simulation.DryRun;
import com.baobei.attribution.simulation.SimulationEvents;
import com.baobei.contracts.EventEnvelope;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dry run: the live fold applied to given events under a given policy, touching no live state. */
@RestController
@RequestMapping("/api/v1/simulations")
@Tag(name = "simulation", description = "Try a policy on events before adopting it; also how acceptance scenarios are written")
public class SimulationController {

    @Allowed({Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @PostMapping
    @Operation(summary = "Fold events under a policy and return every decision with its explanation",
            description = "Computed by exactly the fold of the live path; stores nothing, publishes nothing. "
                    + "All events must belong to one project (as the live fold sees a project) of the caller's tenant. "
                    + "Site managers at their projects; marketing managers and tenant admins at all of the tenant's.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = SimulationRequest.class),
                    examples = {
                            @ExampleObject(name = "REG", summary = "REG-1/2/4, VIS-7: two channels, one client",
                                    value = SimulationExamples.REG),
                            @ExampleObject(name = "VIS", summary = "VIS-1/4/5: protection opened and renewed",
                                    value = SimulationExamples.VIS),
                            @ExampleObject(name = "PUR", summary = "PUR-1/3: the owner earns the flat, not the parking space",
                                    value = SimulationExamples.PUR),
                            @ExampleObject(name = "DSP", summary = "DSP-1/2, VIS-2: a natural visit disputed and ruled",
                                    value = SimulationExamples.DSP)})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "verdicts, clients, purchases and disputes, each explained",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Outcome.class))),
                    @ApiResponse(responseCode = "400", description = "a malformed event or policy, named by index and field",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "413", description = "more than " + SimulationEvents.MAX_EVENTS + " events, more "
                            + "than " + SimulationEvents.MAX_PURCHASES + " purchases, or a body over 48 MB (ADR 0022), "
                            + "refused as it is read and named by its field",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "422", description = "a text of an event holds a full mobile number (ID-4), "
                            + "named by index and field",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role runs no simulations, or an event is "
                            + "of another tenant or of a project not the caller's")})
    public Outcome simulate(Caller caller, @RequestBody SimulationRequest request) {
        DryRun.Checked checked = DryRun.check(request.policy(), request.events());
        List<EventEnvelope> events = checked.events();
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            if (!event.tenantId().equals(caller.tenant())) {
                throw new Forbidden("events[" + i + "].tenantId " + event.tenantId() + " is not the tenant of your token ("
                        + caller.tenant() + ")");
            }
            if (!Scope.covers(caller, event.projectId(), MARKETING_MANAGER, TENANT_ADMIN)) {
                throw new Forbidden("events[" + i + "].projectId " + event.projectId() + " is not one of your projects");
            }
        }
        return checked.fold();
    }
}
