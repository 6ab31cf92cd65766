package com.baobei.visit.web;

import com.baobei.contracts.Ids;
import com.baobei.contracts.visit.Purchased.Stage;
import com.baobei.contracts.visit.Purchased;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import com.baobei.visit.masterdata.MasterDataChecks;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.pii.ContactRead;
import com.baobei.visit.purchase.CancelPurchase;
import com.baobei.visit.purchase.PurchaseTerms;
import com.baobei.visit.purchase.RecordContract;
import com.baobei.visit.purchase.RecordSubscription;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.view.PurchaseView;
import com.baobei.visit.view.PurchaseViews;
import com.baobei.visit.view.UnitTaken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/purchases")
class PurchaseController {

    private final CommandGateway commands;
    private final PurchaseViews views;
    private final ClientContacts contacts;
    private final IdempotentRequests idempotent;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final MasterDataChecks masterData;
    private final UnitTaken unitTaken;

    PurchaseController(CommandGateway commands, PurchaseViews views, ClientContacts contacts,
                       IdempotentRequests idempotent, TransactionTemplate transaction, Clock clock,
            MasterDataChecks masterData, UnitTaken unitTaken) {
        this.masterData = masterData;
        this.unitTaken = unitTaken;
        this.commands = commands;
        this.views = views;
        this.contacts = contacts;
        this.idempotent = idempotent;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Operation(summary = "Record a subscription (认购) or the contract (签约) of a unit",
            description = "A contract carries its subscription's purchaseId. The amount is exact CNY (string or "
                    + "number, at most two decimals, never read through floating point). Full numbers stay in this "
                    + "service; the topic gets masked numbers and keyed hashes (ID-4).")
    @ApiResponse(responseCode = "201", description = "Subscription stored and on its way to the topic")
    @ApiResponse(responseCode = "200", description = "Contract stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager records purchases, at "
            + "their projects and of their token's tenant")
    @ApiResponse(responseCode = "409", description = "A contract without a subscription, a second contract, a "
            + "cancelled purchase, another unit, a subscription id already used, or a unit already subscribed and "
            + "not cancelled (unitId)")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or the consultant unknown at it, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @PostMapping
    ResponseEntity<PurchaseResponse> record(Caller caller,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @Valid @RequestBody PurchaseRequest request) {
        String tenant = caller.requireTenant(request.tenantId());
        Access.atProject(caller, request.projectId());
        Instant now = now();
        List<FieldProblem> problems = PurchaseChecks.problems(request, now);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        FullPhonesInText.require(request);
        return idempotent.run(key, caller, request, PurchaseResponse.class, () -> {
            masterData.require(tenant, request.projectId(), true, "consultantId", request.consultantId());
            PurchaseTerms terms = terms(tenant, request, BusinessTimes.orNow(request.purchasedAt(), now),
                    caller.subject());
            if (request.stage() == Stage.SUBSCRIPTION) {
                String purchaseId = request.purchaseId() != null ? request.purchaseId() : Ids.newId();
                requireUnitFree(tenant, request.projectId(), request.unitId());
                try {
                    commands.sendAndWait(new RecordSubscription(purchaseId, terms));
                    // the view row now, not at commit: a concurrent subscription of the unit fails here, as a 409
                    views.flush();
                } catch (DataIntegrityViolationException e) {
                    if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(UnitTaken.CONSTRAINT)) {
                        throw unitTakenConflict(request.unitId());
                    }
                    throw e;
                }
                return ResponseEntity.created(URI.create("/api/v1/purchases/" + purchaseId))
                        .body(toResponse(stored(tenant, purchaseId), null, null, false));
            }
            // the subscription's project must be the caller's too, not only the one the body names
            Access.atProject(caller, subscription(tenant, request.purchaseId()).getProjectId());
            commands.sendAndWait(new RecordContract(request.purchaseId(), terms));
            return ResponseEntity.ok(toResponse(stored(tenant, request.purchaseId()), null, null, false));
        });
    }

    @Operation(summary = "Cancel a purchase (退房 / 退订, PUR-8)", description = "Its commission reverses.")
    @ApiResponse(responseCode = "200", description = "Stored; visit.PurchaseCancelled on its way to the topic")
    @ApiResponse(responseCode = "400", description = "The reason is missing or malformed")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the purchase's project "
            + "cancels")
    @ApiResponse(responseCode = "404", description = "No such purchase of your tenant")
    @ApiResponse(responseCode = "409", description = "Already cancelled")
    @ApiResponse(responseCode = "422", description = "Master data (ADR 0014): the project is unknown or inactive, or the consultant unknown at it, the field named "
            + "(nothing stored); or Idempotency-Key reused for a different request")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @PostMapping("/{purchaseId}/cancellation")
    ResponseEntity<PurchaseResponse> cancel(Caller caller,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @PathVariable String purchaseId,
                                            @Valid @RequestBody CancellationRequest request) {
        Instant now = now();
        List<FieldProblem> problems = new ArrayList<>();
        BusinessTimes.check("cancelledAt", request.cancelledAt(), now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        FullPhonesInText.require(request);
        return idempotent.run(key, caller, request, PurchaseResponse.class, () -> {
            masterData.requireProject(caller.tenant(), purchaseOf(caller, purchaseId).getProjectId(), false);
            commands.sendAndWait(new CancelPurchase(caller.tenant(), purchaseId, request.reason(),
                    BusinessTimes.orNow(request.cancelledAt(), now), caller.subject()));
            return ResponseEntity.status(HttpStatus.OK).body(toResponse(stored(caller.tenant(), purchaseId), null, null, false));
        });
    }

    @Operation(summary = "One purchase at its latest stage, with full numbers (the desk's own view)",
            description = "Only the desk (consultant, site manager) at the purchase's project sees the full numbers, "
                    + "and every answer that shows one is logged (who, which client, when) in contact_read (PIPL).")
    @ApiResponse(responseCode = "200", description = "The purchase")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the purchase's project "
            + "reads it")
    @ApiResponse(responseCode = "404", description = "No such purchase of your tenant")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @GetMapping("/{purchaseId}")
    PurchaseResponse one(Caller caller, @PathVariable String purchaseId) {
        return transaction.execute(status -> {
            PurchaseView view = purchaseOf(caller, purchaseId);
            ContactRead read = new ContactRead(view.getTenantId(), view.getProjectId(), caller.subject(),
                    ContactRead.Record.PURCHASE, purchaseId);
            Instant at = clock.instant();
            String buyer = contacts.reveal(read, ContactRead.Party.BUYER,
                    new PhoneRef(view.getMaskedPhone(), view.getPhoneHash()), at).orElse(null);
            String related = view.getRelatedPhoneHash() == null ? null : contacts.reveal(read,
                    ContactRead.Party.RELATED, new PhoneRef(view.getRelatedMaskedPhone(), view.getRelatedPhoneHash()),
                    at).orElse(null);
            return toResponse(view, buyer, related, true);
        });
    }

    @Operation(summary = "A project's purchases, newest subscription first (the desk's list)",
            description = "Masked numbers only: the full number is in the one purchase's GET, whose every answer is "
                    + "logged. At most 200.")
    @ApiResponse(responseCode = "200", description = "The purchases")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager of the project reads them")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER})
    @GetMapping
    List<PurchaseResponse> list(Caller caller, @RequestParam String projectId,
                                @RequestParam(defaultValue = "50") int limit) {
        Access.atProject(caller, projectId);
        return views.findByTenantIdAndProjectIdOrderBySubscribedAtDesc(caller.tenant(), projectId,
                        PageRequest.of(0, Math.max(1, Math.min(limit, 200))))
                .stream().map(view -> toResponse(view, null, null, false)).toList();
    }

    /** A purchase of the caller's tenant (else 404) at one of their projects (else 403). */
    private PurchaseView purchaseOf(Caller caller, String purchaseId) {
        PurchaseView view = views.find(caller.tenant(), purchaseId)
                .orElseThrow(() -> new NotFoundException("no purchase " + purchaseId));
        Access.atProject(caller, view.getProjectId());
        return view;
    }

    /** One active purchase per unit: a second subscription waits for the first one's cancellation (PUR-8). */
    private void requireUnitFree(String tenant, String projectId, String unitId) {
        if (unitTaken.activePurchase(tenant, projectId, unitId).isPresent()) {
            throw unitTakenConflict(unitId);
        }
    }

    private static ConflictingStateException unitTakenConflict(String unitId) {
        return new ConflictingStateException("unitId", "the unit " + unitId + " is subscribed and not cancelled; "
                + "cancel that purchase (PUR-8) before another subscription");
    }

    private PurchaseView stored(String tenant, String purchaseId) {
        return views.getReferenceById(new PurchaseView.Key(tenant, purchaseId));
    }

    private PurchaseView subscription(String tenant, String purchaseId) {
        return views.find(tenant, purchaseId).orElseThrow(() -> new ConflictingStateException("purchaseId",
                "a contract (签约) follows its subscription (认购); no subscription " + purchaseId));
    }

    private PurchaseTerms terms(String tenant, PurchaseRequest r, Instant occurredAt, String actor) {
        PhoneRef buyer = contacts.keep(tenant, r.buyerPhone());
        Purchased.RelatedParty related = null;
        if (r.relatedParty() != null) {
            PhoneRef relatedPhone = contacts.keep(tenant, r.relatedParty().phone());
            related = new Purchased.RelatedParty(r.relatedParty().surname(), relatedPhone.maskedPhone(),
                    relatedPhone.phoneHash(), r.relatedParty().relation(), r.relatedParty().evidenceRefs());
        }
        // Exactly the same amount, written with its fen: scale 0..2 was checked, so this never rounds.
        return new PurchaseTerms(tenant, r.projectId(), r.unitId(), r.unitType(), r.amount().setScale(2),
                r.buyerSurname(),
                buyer, r.consultantId(), related, Boolean.TRUE.equals(r.insider()), occurredAt, actor);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The full numbers only in the desk's own read (null otherwise), as {@link ClientContacts#reveal} gave them; in
     * that read a number that is not there any more was erased (ADR 0033), and the answer says so.
     */
    private static PurchaseResponse toResponse(PurchaseView v, String buyerPhone, String relatedPhone, boolean read) {
        PurchaseResponse.RelatedParty related = v.getRelation() == null ? null : new PurchaseResponse.RelatedParty(
                v.getRelatedSurname(), relatedPhone,
                v.getRelatedMaskedPhone(), v.getRelation(),
                v.getEvidenceRefs() == null || v.getEvidenceRefs().isEmpty()
                        ? List.of() : Arrays.asList(v.getEvidenceRefs().split("\n")),
                read && v.getRelatedPhoneHash() != null && relatedPhone == null ? Boolean.TRUE : null);
        return new PurchaseResponse(v.getPurchaseId(), v.getTenantId(), v.getProjectId(), v.getStage(), v.getUnitId(),
                v.getUnitType(), v.getAmount().setScale(2).toPlainString(), v.getBuyerSurname(),
                buyerPhone, v.getMaskedPhone(), v.getConsultantId(), related,
                v.isInsider(), v.getSubscribedAt(), v.getContractedAt(), v.getCancelledAt() != null,
                v.getCancelledAt(), v.getCancelReason(), read && buyerPhone == null ? Boolean.TRUE : null);
    }
}
