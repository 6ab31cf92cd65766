package com.baobei.commission.web;

import com.baobei.commission.fines.FineService;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.ledger.Charge;
import com.baobei.commission.ledger.Fine;
import com.baobei.commission.ledger.FineConsequence;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.FineTarget;
import com.baobei.commission.statements.LedgerLoader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** COM-4 fines: recorded now, deducted in the settlement period they are recorded in. */
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

    public FineController(FineService fines, LedgerLoader ledgers) {
        this.fines = fines;
        this.ledgers = ledgers;
    }

    @PostMapping
    public ResponseEntity<FineView> record(@RequestBody FineBody body,
                                           @RequestHeader(value = Caller.ACTOR, required = false) String actor,
                                           @RequestHeader(value = Caller.ROLE, required = false) String role) {
        String by = Caller.of(actor, role).requireActor();
        FineService.Recorded recorded = fines.record(new FineRequest(body.fineId(), body.projectId(), body.channelId(),
                body.reasonCode(), body.target(), body.agentId(), body.amount(), body.note()), by);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view(recorded.fine()));
    }

    @GetMapping
    public List<FineView> list(@RequestParam(required = false) String projectId,
                               @RequestParam(required = false) String channelId) {
        return fines.list(projectId, channelId).stream().map(this::view).toList();
    }

    private FineView view(Fine f) {
        ChannelLedger ledger = ledgers.load(f.projectId(), f.channelId());
        var statement = ledger.statementFor(LocalDate.ofInstant(f.recordedAt(), ledger.zone()));
        return new FineView(f.fineId(), f.projectId(), f.channelId(), f.agentId(), f.reason(), f.offenceNumber(),
                f.consequence(), f.charges(), f.recordedAt(), f.recordedBy(), f.note(), statement.period().label(),
                statement.statementId());
    }
}
