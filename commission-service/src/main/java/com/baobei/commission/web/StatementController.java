package com.baobei.commission.web;

import com.baobei.commission.export.StatementCsv;
import com.baobei.commission.export.StatementTable;
import com.baobei.commission.export.StatementXlsx;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.ledger.StatementState;
import com.baobei.commission.persistence.StatementRepository.Summary;
import com.baobei.commission.statements.StatementService;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance's statements: list, read as JSON, CSV or XLSX, and issue (COM-5, COM-6). A statement id
 * ({@code <projectId>:<channelId>:<period start>}) names a statement of the caller's tenant; a channel manager reads
 * their own channel's only, and another channel's id is not found, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/statements")
public class StatementController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String READERS = "Roles FINANCE (every channel of their tenant) and CHANNEL_MANAGER (their "
            + "own channel; another channel's statement is 404).";

    private final StatementService statements;

    public StatementController(StatementService statements) {
        this.statements = statements;
    }

    /** @param period a month ({@code 2024-03}) or a day: the statements whose period contains it */
    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping
    @Operation(summary = "Statements, issued and open, of the caller's tenant",
            description = "Roles FINANCE and CHANNEL_MANAGER; a channel manager's list is their own channel's, and a "
                    + "channelId naming another channel is 403.")
    @ApiResponse(responseCode = "200", description = "The statements matching the filters")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads statements, or another channel named")
    public List<Summary> list(@RequestParam(required = false) String projectId,
                              @RequestParam(required = false) String channelId,
                              @RequestParam(required = false) String period,
                              @RequestParam(required = false) StatementState state, Caller caller) {
        String channel = Access.channelFilter(caller, channelId, Role.FINANCE);
        return statements.list(caller.tenant(), projectId, channel, PeriodParam.day("period", period), state);
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping("/{statementId}")
    @Operation(summary = "One statement as JSON: deals, adjustments, charges, totals", description = READERS)
    @ApiResponse(responseCode = "200", description = "The statement, issued or as it stands")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads statements")
    @ApiResponse(responseCode = "404", description = "No such statement of the tenant (or of the caller's channel)")
    public Statement get(@PathVariable String statementId, Caller caller) {
        return read(statementId, caller);
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping("/{statementId}/csv")
    @Operation(summary = "One statement as CSV for Excel (UTF-8 with BOM)", description = READERS)
    @ApiResponse(responseCode = "200", description = "The CSV file")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads statements")
    @ApiResponse(responseCode = "404", description = "No such statement of the tenant (or of the caller's channel)")
    public ResponseEntity<byte[]> csv(@PathVariable String statementId, Caller caller) {
        Statement s = read(statementId, caller);
        StatementService.requireRepresentable(s);
        return file(StatementCsv.write(StatementTable.of(s, statements.zoneOf(caller.tenant(), s))), CSV, s, "csv");
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping("/{statementId}/xlsx")
    @Operation(summary = "One statement as XLSX", description = READERS)
    @ApiResponse(responseCode = "200", description = "The XLSX file")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads statements")
    @ApiResponse(responseCode = "404", description = "No such statement of the tenant (or of the caller's channel)")
    public ResponseEntity<byte[]> xlsx(@PathVariable String statementId, Caller caller) {
        Statement s = read(statementId, caller);
        StatementService.requireRepresentable(s);
        return file(StatementXlsx.write(StatementTable.of(s, statements.zoneOf(caller.tenant(), s))), XLSX, s,
                "xlsx");
    }

    /** Only finance; an issued statement never changes. */
    @Allowed({Role.FINANCE})
    @PostMapping("/{statementId}/issue")
    @Operation(summary = "Issue a statement: frozen from now on (COM-5) and announced",
            description = "Role FINANCE; issuedBy is the token's subject.")
    @ApiResponse(responseCode = "200", description = "The issued statement")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance issues statements")
    @ApiResponse(responseCode = "404", description = "No such statement of the tenant")
    @ApiResponse(responseCode = "409", description = "Issued already")
    @ApiResponse(responseCode = "422", description = "The period has not ended (Asia/Shanghai business time), or a "
            + "line or sum is not below ten billion CNY (problem+json names it)")
    public Statement issue(@PathVariable String statementId, Caller caller) {
        return statements.issue(caller.tenant(), statementId, caller.subject());
    }

    private Statement read(String statementId, Caller caller) {
        return statements.get(caller.tenant(), statementId, Access.ownChannel(caller, Role.FINANCE));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, Statement s, String extension) {
        String name = "statement-" + s.statementId().replace(':', '_') + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
