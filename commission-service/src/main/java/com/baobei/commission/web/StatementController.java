package com.baobei.commission.web;

import com.baobei.commission.export.StatementCsv;
import com.baobei.commission.export.StatementTable;
import com.baobei.commission.export.StatementXlsx;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.ledger.StatementState;
import com.baobei.commission.persistence.StatementRepository.Summary;
import com.baobei.commission.statements.StatementService;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finance's statements: list, read as JSON, CSV or XLSX, and issue (COM-5, COM-6). */
@RestController
@RequestMapping("/api/v1/statements")
public class StatementController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatementService statements;

    public StatementController(StatementService statements) {
        this.statements = statements;
    }

    /** @param period a month ({@code 2024-03}) or a day: the statements whose period contains it */
    @GetMapping
    public List<Summary> list(@RequestParam(required = false) String projectId,
                              @RequestParam(required = false) String channelId,
                              @RequestParam(required = false) String period,
                              @RequestParam(required = false) StatementState state) {
        return statements.list(projectId, channelId, PeriodParam.day("period", period), state);
    }

    @GetMapping("/{statementId}")
    public Statement get(@PathVariable String statementId) {
        return statements.get(statementId);
    }

    @GetMapping("/{statementId}/csv")
    public ResponseEntity<byte[]> csv(@PathVariable String statementId) {
        Statement s = statements.get(statementId);
        return file(StatementCsv.write(StatementTable.of(s, statements.zoneOf(s))), CSV, s, "csv");
    }

    @GetMapping("/{statementId}/xlsx")
    public ResponseEntity<byte[]> xlsx(@PathVariable String statementId) {
        Statement s = statements.get(statementId);
        return file(StatementXlsx.write(StatementTable.of(s, statements.zoneOf(s))), XLSX, s, "xlsx");
    }

    /** Only role FINANCE; an issued statement never changes. */
    @PostMapping("/{statementId}/issue")
    public Statement issue(@PathVariable String statementId,
                           @RequestHeader(value = Caller.ACTOR, required = false) String actor,
                           @RequestHeader(value = Caller.ROLE, required = false) String role) {
        Caller caller = Caller.of(actor, role);
        caller.requireFinance("issue a statement");
        return statements.issue(statementId, caller.requireActor());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, Statement s, String extension) {
        String name = "statement-" + s.statementId().replace(':', '_') + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
