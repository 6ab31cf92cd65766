package com.baobei.commission.web;

import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.UnprocessableException;
import com.baobei.commission.fines.FineService;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.ledger.Charge;
import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.Fine;
import com.baobei.commission.ledger.FineConsequence;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.FineTarget;
import com.baobei.commission.masterdata.MasterDataChecks;
import com.baobei.commission.statements.LedgerLoader;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * COM-4 fines of the caller's tenant: recorded now by finance, deducted in the settlement period they are recorded in.
 */
@RestController
@RequestMapping("/api/v1/fines")
public class FineController {

    /** @param fineId optional; given, it makes a retried request harmless */
    public record FineBody(String fineId, String projectId, String channelId, FineReason reasonCode, FineTarget target,
                           String agentId, BigDecimal amount, String note) {
    }

    public record FineView(String fineId, String projectId, String channelId, String agentId, FineReason reasonCode,
                           int offenceNumber, FineConsequence consequence, List<Charge> charges, Instant recordedAt,
                           String recordedBy, String note, String deductedInPeriod, String statementId) {
    }

    private final FineService fines;
    private final LedgerLoader ledgers;

    private final MasterDataChecks masterData;

    public FineController(FineService fines, LedgerLoader ledgers,
            MasterDataChecks masterData) {
        this.masterData = masterData;
        this.fines = fines;
        this.ledgers = ledgers;
    }

    @Allowed({Role.FINANCE})
    @PostMapping
    @Operation(summary = "Record a fine (COM-4); FORBIDDEN_ZONE escalates",
            description = "Role FINANCE; recordedBy is the token's subject. A repeated fineId is recorded once.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "This fineId was recorded before with the same facts")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance records fines")
    @ApiResponse(responseCode = "422", description = "The project, channel or agent is not in the tenant's master "
            + "data (ADR 0014), a text holds a full phone number (ID-4), or this fineId was recorded before with "
            + "other facts (problem+json names the field)")
    public ResponseEntity<FineView> record(@RequestBody FineBody body, Caller caller) {
        FineRequest request = new FineRequest(body.fineId(), body.projectId(), body.channelId(), body.reasonCode(),
                body.target(), body.agentId(), body.amount(), body.note());
        // a malformed fine is a 400 first; then it must name master data the tenant has (422, ADR 0014)
        if (!Com4Fines.problems(request).isEmpty()) {
            throw new InvalidRequestException(Com4Fines.problems(request));
        }
        if (!Com4Fines.personalData(request).isEmpty()) {
            throw new UnprocessableException(Com4Fines.personalData(request));
        }
        masterData.require(caller.tenant(), body.projectId(), body.channelId(), body.agentId());
        FineService.Recorded recorded = fines.record(caller.tenant(), request, caller.subject());
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(caller.tenant(), recorded.fine()));
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping
    @Operation(summary = "Recorded fines of the caller's tenant",
            description = "Roles FINANCE and CHANNEL_MANAGER; a channel manager's list is their own channel's, and a "
                    + "channelId naming another channel is 403.")
    @ApiResponse(responseCode = "200", description = "The fines matching the filters")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads fines, or another channel named")
    public List<FineView> list(@RequestParam(required = false) String projectId,
                               @RequestParam(required = false) String channelId, Caller caller) {
        String channel = Access.channelFilter(caller, channelId, Role.FINANCE);
        return fines.list(caller.tenant(), projectId, channel).stream().map(f -> view(caller.tenant(), f)).toList();
    }

    private FineView view(String tenantId, Fine f) {
        ChannelLedger ledger = ledgers.load(tenantId, f.projectId(), f.channelId());
        var statement = ledger.statementFor(LocalDate.ofInstant(f.recordedAt(), ledger.zone()));
        return new FineView(f.fineId(), f.projectId(), f.channelId(), f.agentId(), f.reason(), f.offenceNumber(),
                f.consequence(), f.charges(), f.recordedAt(), f.recordedBy(), f.note(), statement.period().label(),
                statement.statementId());
    }
}
