package com.baobei.visit.web;

import com.baobei.contracts.Phones;
import com.baobei.contracts.visit.ErasureRequested.Trigger;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import com.baobei.visit.erasure.Erasures;
import com.baobei.visit.erasure.Retention;
import com.baobei.visit.pii.ClientContacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal data (PIPL, ADR 0033): the tenant admin erases a client's full number on request, reads who asked for
 * which erasure, and sets how long full numbers are kept.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class ErasureController {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Patterns.ID);

    private final Erasures erasures;
    private final Retention retention;
    private final ClientContacts contacts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ErasureController(Erasures erasures, Retention retention, ClientContacts contacts, TransactionTemplate transaction,
                      Clock clock) {
        this.erasures = erasures;
        this.retention = retention;
        this.contacts = contacts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Operation(summary = "Erase a client's full number (PIPL)",
            description = "Deletes the full number this service keeps, records who asked, when and why, and tells the "
                    + "other services (visit.ErasureRequested.v1, one per project where the client is known): the "
                    + "registration service deletes the evidence files of the client's disputes and keeps their "
                    + "SHA-256. Masked numbers, hashes and every decision stay. Name the person by the number they "
                    + "give (never stored) or by its hash. Asking again records again and erases nothing more.")
    @ApiResponse(responseCode = "201", description = "Erased and recorded")
    @ApiResponse(responseCode = "400", description = "Neither or both of phone and phoneHash, a malformed one, or no "
            + "reason (problem+json names the field)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin, of their own tenant")
    @ApiResponse(responseCode = "422", description = "The reason holds a full number")
    @Allowed(Role.TENANT_ADMIN)
    @PostMapping("/erasures")
    ResponseEntity<ErasureResponse> erase(Caller caller, @PathVariable String tenantId,
                                          @Valid @RequestBody ErasureRequest request) {
        String tenant = tenant(caller, tenantId);
        if ((request.phone() == null) == (request.phoneHash() == null)) {
            throw new InvalidRequestException(List.of(new FieldProblem("phone",
                    "name the person by exactly one of phone and phoneHash")));
        }
        FullPhonesInText.require(request);
        String hash = request.phone() != null ? contacts.refOf(tenant, request.phone()).phoneHash()
                : request.phoneHash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ErasureResponse answer = transaction.execute(status -> ErasureResponse.of(erasures.erase(tenant, hash,
                Trigger.REQUEST, caller.subject(), request.reason().strip(), now)));
        // no Location: the record is read in the tenant's list (GET .../erasures), newest first
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @Operation(summary = "The tenant's erasures, newest first: who asked, when, why, what was erased (PIPL)",
            description = "Requests and the retention period's erasures (requestedBy \"retention\"). At most 200.")
    @ApiResponse(responseCode = "200", description = "The erasures")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin, of their own tenant")
    @Allowed(Role.TENANT_ADMIN)
    @GetMapping("/erasures")
    List<ErasureResponse> list(Caller caller, @PathVariable String tenantId,
                               @RequestParam(defaultValue = "50") int limit) {
        String tenant = tenant(caller, tenantId);
        return erasures.of(tenant, Math.max(1, Math.min(limit, 200))).stream().map(ErasureResponse::of).toList();
    }

    @Operation(summary = "How long the tenant keeps full numbers (PIPL)",
            description = "A full number no visit or purchase named for this many days is erased by a scheduled run, "
                    + "recorded as an erasure by \"retention\", with the same effects as a person's request.")
    @ApiResponse(responseCode = "200", description = "The period as set")
    @ApiResponse(responseCode = "400", description = "fullNumberDays missing, or not between 1 and 36500")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin, of their own tenant")
    @Allowed(Role.TENANT_ADMIN)
    @PutMapping("/retention")
    Retention.Period setRetention(Caller caller, @PathVariable String tenantId,
                                  @Valid @RequestBody RetentionRequest request) {
        String tenant = tenant(caller, tenantId);
        return retention.set(tenant, request.fullNumberDays(), caller.subject(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The path's tenant: malformed is 400 (as any id), another than the token's is 403. */
    private static String tenant(Caller caller, String tenantId) {
        if (tenantId.length() > 64 || !ID.matcher(tenantId).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("tenantId", Patterns.ID_MESSAGE)));
        }
        return caller.requireTenant(tenantId);
    }
}
