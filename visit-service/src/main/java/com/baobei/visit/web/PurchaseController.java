package com.baobei.visit.web;

import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.Purchased.Stage;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.purchase.CancelPurchase;
import com.baobei.visit.purchase.PurchaseTerms;
import com.baobei.visit.purchase.RecordContract;
import com.baobei.visit.purchase.RecordSubscription;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.view.PurchaseView;
import com.baobei.visit.view.PurchaseViews;
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
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/purchases")
class PurchaseController {

    private final CommandGateway commands;
    private final PurchaseViews views;
    private final ClientContacts contacts;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    PurchaseController(CommandGateway commands, PurchaseViews views, ClientContacts contacts,
                       IdempotentRequests idempotent, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.contacts = contacts;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Operation(summary = "Record a subscription (认购) or the contract (签约) of a unit",
            description = "A contract carries its subscription's purchaseId. The amount is exact CNY (string or "
                    + "number, at most two decimals, never read through floating point). Full numbers stay in this "
                    + "service; the topic gets masked numbers and keyed hashes (ID-4).")
    @ApiResponse(responseCode = "201", description = "Subscription stored and on its way to the topic")
    @ApiResponse(responseCode = "200", description = "Contract stored and on its way to the topic")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager records purchases")
    @ApiResponse(responseCode = "409", description = "A contract without a subscription, a second contract, a "
            + "cancelled purchase, another unit, or a subscription id already used")
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    @PostMapping
    ResponseEntity<PurchaseResponse> record(@RequestHeader("X-Actor") String actor,
                                            @RequestHeader("X-Role") Role role,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @Valid @RequestBody PurchaseRequest request) {
        role.require(Role.CONSULTANT, Role.SITE_MANAGER);
        Actors.require(actor);
        Instant now = now();
        List<FieldProblem> problems = PurchaseChecks.problems(request, now);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return idempotent.run(key, actor, request, PurchaseResponse.class, () -> {
            PurchaseTerms terms = terms(request, BusinessTimes.orNow(request.purchasedAt(), now), actor);
            if (request.stage() == Stage.SUBSCRIPTION) {
                String purchaseId = request.purchaseId() != null ? request.purchaseId() : UUID.randomUUID().toString();
                commands.sendAndWait(new RecordSubscription(purchaseId, terms));
                return ResponseEntity.created(URI.create("/api/v1/purchases/" + purchaseId))
                        .body(toResponse(views.getReferenceById(purchaseId), false));
            }
            requireSubscribed(request.purchaseId());
            commands.sendAndWait(new RecordContract(request.purchaseId(), terms));
            return ResponseEntity.ok(toResponse(views.getReferenceById(request.purchaseId()), false));
        });
    }

    @Operation(summary = "Cancel a purchase (退房 / 退订, PUR-8)", description = "Its commission reverses.")
    @ApiResponse(responseCode = "200", description = "Stored; visit.PurchaseCancelled on its way to the topic")
    @ApiResponse(responseCode = "400", description = "The reason is missing or malformed")
    @ApiResponse(responseCode = "403", description = "Only a consultant or the site manager cancels")
    @ApiResponse(responseCode = "404", description = "No such purchase")
    @ApiResponse(responseCode = "409", description = "Already cancelled")
    @PostMapping("/{purchaseId}/cancellation")
    ResponseEntity<PurchaseResponse> cancel(@RequestHeader("X-Actor") String actor,
                                            @RequestHeader("X-Role") Role role,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @PathVariable String purchaseId,
                                            @Valid @RequestBody CancellationRequest request) {
        role.require(Role.CONSULTANT, Role.SITE_MANAGER);
        Actors.require(actor);
        Instant now = now();
        List<FieldProblem> problems = new ArrayList<>();
        BusinessTimes.check("cancelledAt", request.cancelledAt(), now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return idempotent.run(key, actor, request, PurchaseResponse.class, () -> {
            if (!views.existsById(purchaseId)) {
                throw new NotFoundException("no purchase " + purchaseId);
            }
            commands.sendAndWait(new CancelPurchase(purchaseId, request.reason(),
                    BusinessTimes.orNow(request.cancelledAt(), now), actor));
            return ResponseEntity.status(HttpStatus.OK).body(toResponse(views.getReferenceById(purchaseId), false));
        });
    }

    @Operation(summary = "One purchase at its latest stage, with full numbers (the office's own view)")
    @ApiResponse(responseCode = "200", description = "The purchase")
    @ApiResponse(responseCode = "403", description = "Only the office's people read purchases")
    @ApiResponse(responseCode = "404", description = "No such purchase")
    @GetMapping("/{purchaseId}")
    PurchaseResponse one(@RequestHeader("X-Role") Role role, @PathVariable String purchaseId) {
        role.require(Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER);
        return toResponse(views.findById(purchaseId)
                .orElseThrow(() -> new NotFoundException("no purchase " + purchaseId)), true);
    }

    private void requireSubscribed(String purchaseId) {
        if (!views.existsById(purchaseId)) {
            throw new ConflictingStateException("purchaseId",
                    "a contract (签约) follows its subscription (认购); no subscription " + purchaseId);
        }
    }

    private PurchaseTerms terms(PurchaseRequest r, Instant occurredAt, String actor) {
        PhoneRef buyer = contacts.keep(r.tenantId(), r.buyerPhone());
        Purchased.RelatedParty related = null;
        if (r.relatedParty() != null) {
            PhoneRef relatedPhone = contacts.keep(r.tenantId(), r.relatedParty().phone());
            related = new Purchased.RelatedParty(r.relatedParty().surname(), relatedPhone.maskedPhone(),
                    relatedPhone.phoneHash(), r.relatedParty().relation(), r.relatedParty().evidenceRefs());
        }
        // Exactly the same amount, written with its fen: scale 0..2 was checked, so this never rounds.
        return new PurchaseTerms(r.tenantId(), r.projectId(), r.unitId(), r.unitType(), r.amount().setScale(2),
                r.buyerSurname(),
                buyer, r.consultantId(), related, Boolean.TRUE.equals(r.insider()), occurredAt, actor);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** @param withPhones the office's own read: full numbers joined from client_contact */
    private PurchaseResponse toResponse(PurchaseView v, boolean withPhones) {
        PurchaseResponse.RelatedParty related = v.getRelation() == null ? null : new PurchaseResponse.RelatedParty(
                v.getRelatedSurname(), withPhones ? phone(v, v.getRelatedPhoneHash()) : null,
                v.getRelatedMaskedPhone(), v.getRelation(),
                v.getEvidenceRefs() == null || v.getEvidenceRefs().isEmpty()
                        ? List.of() : Arrays.asList(v.getEvidenceRefs().split("\n")));
        return new PurchaseResponse(v.getPurchaseId(), v.getTenantId(), v.getProjectId(), v.getStage(), v.getUnitId(),
                v.getUnitType(), v.getAmount().setScale(2).toPlainString(), v.getBuyerSurname(),
                withPhones ? phone(v, v.getPhoneHash()) : null, v.getMaskedPhone(), v.getConsultantId(), related,
                v.isInsider(), v.getSubscribedAt(), v.getContractedAt(), v.getCancelledAt() != null,
                v.getCancelledAt(), v.getCancelReason());
    }

    private String phone(PurchaseView v, String hash) {
        return contacts.fullPhone(v.getTenantId(), hash).orElse(null);
    }
}
