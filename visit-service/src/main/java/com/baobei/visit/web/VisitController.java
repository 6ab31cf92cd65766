package com.baobei.visit.web;

import com.baobei.contracts.Ids;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import com.baobei.visit.masterdata.MasterDataChecks;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.pii.ContactRead;
import com.baobei.visit.reception.Arrival;
import com.baobei.visit.reception.FrontDesk;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.view.VisitView;
import com.baobei.visit.view.VisitViews;
import com.baobei.visit.visit.SignVisitForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits")
class VisitController {

    private final FrontDesk frontDesk;
    private final CommandGateway commands;
    private final VisitViews views;
    private final ClientContacts contacts;
    private final IdempotentRequests idempotent;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final MasterDataChecks masterData;

    VisitController(FrontDesk frontDesk, CommandGateway commands, VisitViews views, ClientContacts contacts,
                    IdempotentRequests idempotent, TransactionTemplate transaction, Clock clock,
            MasterDataChecks masterData) {
        this.masterData = masterData;
        this.frontDesk = frontDesk;
        this.commands = commands;
        this.views = views;
        this.contacts = contacts;
        this.idempotent = idempotent;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Operation(summary = "Record a visit (到访)",
            description = "Kinds: CLIENT (a natural first visit without registrationId and consultantId is received "
                    + "by the head of the day's rotation, ROT-1), COMPANION of a client (VIS-3, received with them), "
                    + "RETURN (VIS-9, to the original consultant), NON_CLIENT (VIS-8: takes no turn; a market "
                    + "researcher goes to the last consultant). The full phone stays in this service; the topic gets "
                    + "the masked number and a tenant-keyed hash (ID-4). The answer shows the masked number only.")
    @ApiResponse(responseCode = "201", description = "Stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager records visits, at their "
            + "projects and of their token's tenant; only the site manager marks a form invalid")
    @ApiResponse(responseCode = "409", description = "No rotation for the day (ROT-1), no earlier visit to return to "
            + "(VIS-9), or the visit id raced")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or the consultant unknown at it, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @PostMapping
    ResponseEntity<VisitResponse> record(Caller caller,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                         @Valid @RequestBody VisitRequest request) {
        String tenant = caller.requireTenant(request.tenantId());
        Access.atProject(caller, request.projectId());
        if (request.form() != null) {
            requireFormRole(caller, request.form().isInvalid(), request.form().siteManagerSignature());
        }
        // a full number anywhere is the first fault named (ID-4), whatever else is wrong with the request
        FullPhonesInText.require(request);
        Instant now = now();
        List<FieldProblem> problems = VisitChecks.problems(request, now);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return idempotent.run(key, caller, request, VisitResponse.class, () -> {
            masterData.require(tenant, request.projectId(), true, "consultantId", request.consultantId());
            if (request.channelId() != null) {
                masterData.requireAgenciesAndChannels(tenant, request.projectId(), Map.of(),
                        Map.of("channelId", request.channelId()));
            }
            String visitId = Ids.newId();
            frontDesk.receive(new Arrival(visitId, tenant, request.projectId(), request.kind(),
                    request.clientSurname(), request.clientPhone(), request.visitedAt(), request.consultantId(),
                    request.registrationId(), form(request.form()), request.accompaniedVisitId(),
                    request.referrerPhone(), Boolean.TRUE.equals(request.insider()), request.nonClientReason(),
                    caller.subject(), request.channelId()));
            return ResponseEntity.created(URI.create("/api/v1/visits/" + visitId))
                    .body(toResponse(views.getReferenceById(visitId), null));
        });
    }

    @Operation(summary = "Complete or invalidate a visit's form later (VIS-1)",
            description = "Signatures not given at the visit; each is given once. The site manager may instead mark "
                    + "the form invalid with a reason. A confirmed or invalid form is final.")
    @ApiResponse(responseCode = "200", description = "Stored; visit.VisitFormSigned on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is malformed, or nothing to sign")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager signs, at their projects; "
            + "only the site manager invalidates")
    @ApiResponse(responseCode = "404", description = "No such visit of your tenant")
    @ApiResponse(responseCode = "409", description = "The form is final, the signature already given, or the visit "
            + "names no registration")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or the consultant unknown at it, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @PostMapping("/{visitId}/form")
    ResponseEntity<VisitResponse> sign(Caller caller,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       @PathVariable String visitId,
                                       @Valid @RequestBody SignFormRequest request) {
        requireFormRole(caller, request.isInvalid(), request.siteManagerSignature());
        FullPhonesInText.require(request);
        Instant now = now();
        List<FieldProblem> problems = new ArrayList<>();
        BusinessTimes.check("signedAt", request.signedAt(), now, problems);
        VisitChecks.formReason(request.isInvalid(), request.invalidReason(), "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return idempotent.run(key, caller, request, VisitResponse.class, () -> {
            masterData.requireProject(caller.tenant(), visitOf(caller, visitId).getProjectId(), false);
            commands.sendAndWait(new SignVisitForm(visitId, request.agentSignature(), request.consultantSignature(),
                    request.siteManagerSignature(), request.isInvalid(), request.invalidReason(),
                    BusinessTimes.orNow(request.signedAt(), now), caller.subject()));
            return ResponseEntity.ok(toResponse(views.getReferenceById(visitId), null));
        });
    }

    @Operation(summary = "One visit as recorded, with the client's full number (the desk's own view)",
            description = "Only the desk (consultant, site manager) at the visit's project sees the full number, and "
                    + "every answer that shows one is logged (who, which client, when) in contact_read (PIPL).")
    @ApiResponse(responseCode = "200", description = "The visit")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the visit's project "
            + "reads it")
    @ApiResponse(responseCode = "404", description = "No such visit of your tenant")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @GetMapping("/{visitId}")
    VisitResponse one(Caller caller, @PathVariable String visitId) {
        return transaction.execute(status -> {
            VisitView view = visitOf(caller, visitId);
            ContactRead read = new ContactRead(view.getTenantId(), view.getProjectId(), caller.subject(),
                    ContactRead.Record.VISIT, visitId);
            String phone = view.getPhoneHash() == null ? null : contacts.reveal(read, ContactRead.Party.CLIENT,
                    new PhoneRef(view.getMaskedPhone(), view.getPhoneHash()), clock.instant()).orElse(null);
            VisitResponse answer = toResponse(view, phone);
            // the hash names a number the desk typed; no row behind it any more means it was erased (ADR 0033)
            return view.getPhoneHash() != null && phone == null ? answer.withPhoneErased() : answer;
        });
    }

    /** A visit of the caller's tenant (else 404) at one of their projects (else 403). */
    private VisitView visitOf(Caller caller, String visitId) {
        VisitView view = views.findByTenantIdAndVisitId(caller.tenant(), visitId)
                .orElseThrow(() -> new NotFoundException("no visit " + visitId));
        Access.atProject(caller, view.getProjectId());
        return view;
    }

    /** VIS-1: the site manager signs their own part, and only they mark a form invalid. */
    private static void requireFormRole(Caller caller, boolean invalid, String siteManagerSignature) {
        if (!caller.has(Role.SITE_MANAGER) && (invalid || siteManagerSignature != null)) {
            throw new Forbidden("VIS-1: only the site manager signs as site manager or marks a form invalid");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static VisitForm form(VisitRequest.FormRequest form) {
        return form == null ? null : new VisitForm(form.agentSignature(), form.consultantSignature(),
                form.siteManagerSignature(), form.isInvalid(), form.invalidReason());
    }

    static VisitResponse toResponse(VisitView v, String fullPhone) {
        VisitResponse.Form form = v.getFormStatus() == null ? null : new VisitResponse.Form(v.getFormStatus(),
                v.getAgentSignature(), v.getConsultantSignature(), v.getSiteManagerSignature(), v.isFormInvalid(),
                v.getInvalidReason());
        return new VisitResponse(v.getVisitId(), v.getTenantId(), v.getProjectId(), v.getKind(), v.getClientSurname(),
                fullPhone, v.getMaskedPhone(), v.getConsultantId(), v.isTurnTaken(), v.getRegistrationId(), form,
                v.getAccompaniedVisitId(), v.getReferrerPhoneHash() != null, v.isInsider(), v.getNonClientReason(),
                v.getVisitedAt(), v.getRecordedBy(), v.getChannelId(), v.getReceptionRuleIds().isEmpty() ? null
                : new VisitResponse.Reception(v.getReceptionRuleIds(), v.getReceptionReason(), v.isOutsideRouting()),
                null);
    }
}
