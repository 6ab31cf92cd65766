package com.baobei.registration.web;

import com.baobei.contracts.Ids;
import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import com.baobei.registration.intake.RegisterClient;
import com.baobei.registration.intake.Registration;
import com.baobei.registration.intake.persistence.NewRegistrationAppender;
import com.baobei.registration.masterdata.MasterDataLookup;
import com.baobei.registration.masterdata.RegistrationGate;
import com.baobei.registration.view.RegistrationView;
import com.baobei.registration.view.RegistrationViews;
import com.baobei.registration.view.ShortCode;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);

    static final Duration FURTHEST_EXPECTED_VISIT = Duration.ofDays(180);

    private final NewRegistrationAppender events;
    private final RegistrationViews views;
    private final IdempotentRequests idempotent;
    private final Clock clock;
    private final MasterDataLookup masterData;
    private final LiveRegistrations live;

    RegistrationController(NewRegistrationAppender events, RegistrationViews views, IdempotentRequests idempotent,
                           Clock clock, MasterDataLookup masterData, LiveRegistrations live) {
        this.events = events;
        this.views = views;
        this.idempotent = idempotent;
        this.clock = clock;
        this.masterData = masterData;
        this.live = live;
    }

    @Operation(summary = "Register a client (报备)",
            description = "A channel agent registers under their own tenant, channel and agent id, as the token "
                    + "says. The registration time is the server's clock (REG-1). Whether the registration wins is "
                    + "decided by the attribution service: GET /api/v1/registrations/{id}/verdict there.")
    @ApiResponse(responseCode = "201", description = "Stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a channel agent registers, and only as the token says: "
            + "its tenant, channel and agent id. Nothing is stored")
    @ApiResponse(responseCode = "422", description = "The tenant, project, channel or agent is unknown or inactive, "
            + "the channel does not work at the project or its agreement does not cover today, or channelKind is not "
            + "the channel's (problem+json names the field; nothing stored); a full phone number in a surname (ID-4); "
            + "or Idempotency-Key reused for a "
            + "different request")
    @ApiResponse(responseCode = "503", description = "Registrations into the project queued longer than 10 s "
            + "(ADR 0036); nothing stored: send it again, with the same Idempotency-Key (Retry-After)")
    @Allowed({Role.CHANNEL_AGENT})
    @PostMapping
    ResponseEntity<RegistrationResponse> register(
            Caller caller,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody RegistrationRequest request) {
        Access.requireSelf(caller, request.tenantId(), request.channelId(), request.agentId());
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (request.expectedVisitAt() != null && request.expectedVisitAt().isAfter(now.plus(FURTHEST_EXPECTED_VISIT))) {
            throw new InvalidRequestException(List.of(new FieldProblem("expectedVisitAt",
                    "more than " + FURTHEST_EXPECTED_VISIT.toDays() + " days ahead")));
        }
        // a year like -999999999 is readable JSON but no time anyone expects a visit (nor one the store can hold)
        if (request.expectedVisitAt() != null
                && request.expectedVisitAt().isBefore(now.minus(FURTHEST_EXPECTED_VISIT))) {
            throw new InvalidRequestException(List.of(new FieldProblem("expectedVisitAt",
                    "more than " + FURTHEST_EXPECTED_VISIT.toDays() + " days ago")));
        }
        String fingerprint = idempotent.fingerprintFor(idempotencyKey, request);
        if (fingerprint != null) {
            // a retry of an answered request gets its answer, whatever changed since (ADR 0014)
            ResponseEntity<RegistrationResponse> earlier = idempotent.earlier(idempotencyKey, caller, fingerprint,
                    RegistrationResponse.class);
            if (earlier != null) {
                return earlier;
            }
        }
        // the gate's four master-data rows in one round trip (ADR 0034)
        MasterDataLookup gateRows = masterData.forRegistration(caller.tenant(), request.projectId(),
                request.channelId(), request.agentId());
        RegistrationGate.require(gateRows, caller.tenant(), request.projectId(), request.channelId(),
                request.channelKind(), request.agentId(), now);
        String registrationId = Ids.newId();
        Function<Instant, RegisterClient> at = time -> new RegisterClient(registrationId,
                caller.tenant(), request.projectId(), request.channelId(), request.channelKind(), request.agentId(),
                request.clientSurname(), request.maskedPhone(), request.expectedVisitAt(), companions(request), time,
                Intake.API, null);
        // refused here, not in the batch it would be stored with (the rules do not depend on the time)
        Registration.decide(at.apply(now));
        // stored with the project's other registrations queued meanwhile, in one transaction with their events, view
        // rows and Idempotency-Key answers; its time is the project's clock, read when the batch is stored (ADR 0036)
        LiveRegistrations.Outcome outcome = live.store(new LiveRegistrations.Pending(caller.tenant(),
                request.projectId(), caller.subject(), fingerprint == null ? null : idempotencyKey, fingerprint, at,
                events.metaDataHere()));
        if (outcome.twin()) {
            // the same key sent twice at once: the other one was stored, and this gets its answer
            return idempotent.earlier(idempotencyKey, caller, fingerprint, RegistrationResponse.class);
        }
        RegisterClient command = outcome.stored();
        // the line to find a registration's trace by (ADR 0026); never the phone number, not even masked
        log.info("registration {} stored: tenant {} project {} channel {}", command.registrationId(),
                caller.tenant(), request.projectId(), request.channelId());
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + command.registrationId()))
                .body(toResponse(command));
    }

    @Operation(summary = "One registration as recorded",
            description = "A channel agent reads their own registrations, a channel manager their channel's, "
                    + "consultants and site managers those at their projects, the tenant admin and the marketing "
                    + "manager all of the tenant.")
    @ApiResponse(responseCode = "200", description = "The registration")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "The token's role reads no registrations (finance, partner)")
    @ApiResponse(responseCode = "404", description = "No such registration in the caller's tenant, or not theirs "
            + "to see")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/{registrationId}")
    RegistrationResponse one(Caller caller, @PathVariable String registrationId) {
        return views.findByTenantIdAndRegistrationId(caller.tenant(), registrationId)
                .filter(view -> Access.sees(caller, view))
                .map(RegistrationController::toResponse)
                .orElseThrow(() -> new NotFoundException("no registration " + registrationId));
    }

    @Operation(summary = "Registrations in a project, newest first",
            description = "Channel people name their own channel (or none: theirs), and a channel agent sees only "
                    + "their own registrations. Consultants and site managers read at their projects; they, the "
                    + "tenant admin and the marketing manager may leave channelId out for the whole project.")
    @ApiResponse(responseCode = "200", description = "The registrations the caller may see, newest first")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Another channel (channel people), a project not in the "
            + "token (consultants, site managers), or a role that reads no registrations (finance, partner)")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping
    List<RegistrationResponse> list(Caller caller,
                                    @RequestParam String projectId,
                                    @RequestParam(required = false) String channelId,
                                    @RequestParam(required = false) String code,
                                    @RequestParam(defaultValue = "100") int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 1000)));
        String tenant = caller.tenant();
        if (code != null) {
            return byCode(caller, projectId, code);
        }
        List<RegistrationView> found;
        if (Access.wholeTenant(caller) || Access.office(caller)) {
            if (!Access.wholeTenant(caller)) {
                caller.requireProject(projectId);
            }
            found = channelId == null || channelId.isBlank()
                    ? views.findByTenantIdAndProjectIdOrderByRegisteredAtDesc(tenant, projectId, page)
                    : views.findByTenantIdAndProjectIdAndChannelIdOrderByRegisteredAtDesc(tenant, projectId,
                            channelId, page);
        } else {
            String channel = channelId == null || channelId.isBlank() ? caller.channel() : channelId;
            Access.requireOwnChannel(caller, tenant, channel);
            found = caller.has(Role.CHANNEL_MANAGER)
                    ? views.findByTenantIdAndProjectIdAndChannelIdOrderByRegisteredAtDesc(tenant, projectId, channel,
                            page)
                    : views.findByTenantIdAndProjectIdAndChannelIdAndAgentIdOrderByRegisteredAtDesc(tenant,
                            projectId, channel, caller.agent(), page);
        }
        return found.stream().map(RegistrationController::toResponse).toList();
    }

    /** The desk's search by the code the agent shows; whoever may read a registration finds it by its code too. */
    private List<RegistrationResponse> byCode(Caller caller, String projectId, String typed) {
        String code = ShortCode.parse(typed).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldProblem("code", "must be the registration's 8-character code, such as K7QM-3PX9"))));
        if (Access.office(caller) && !Access.wholeTenant(caller)) {
            caller.requireProject(projectId);
        }
        return views.findByTenantIdAndProjectIdAndShortCodeOrderByRegisteredAtDesc(caller.tenant(), projectId, code)
                .stream().filter(view -> Access.sees(caller, view)).map(RegistrationController::toResponse).toList();
    }

    private static List<Companion> companions(RegistrationRequest request) {
        return request.companions() == null ? List.of() : request.companions().stream()
                .map(c -> new Companion(c.surname(), c.maskedPhone())).toList();
    }

    static RegistrationResponse toResponse(RegisterClient c) {
        return new RegistrationResponse(c.registrationId(), c.tenantId(), c.projectId(), c.channelId(),
                c.channelKind().name(), c.agentId(), c.clientSurname(), c.maskedPhone(), c.expectedVisitAt(),
                c.companions().size(), c.registeredAt(), c.intake().name(), c.importedBy(),
                ShortCode.shown(ShortCode.of(c.registrationId())));
    }

    static RegistrationResponse toResponse(RegistrationView v) {
        return new RegistrationResponse(v.getRegistrationId(), v.getTenantId(), v.getProjectId(), v.getChannelId(),
                v.getChannelKind(), v.getAgentId(), v.getClientSurname(), v.getMaskedPhone(), v.getExpectedVisitAt(),
                v.getCompanionCount(), v.getRegisteredAt(), v.getIntake(), v.getImportedBy(),
                ShortCode.shown(v.getShortCode()));
    }
}
