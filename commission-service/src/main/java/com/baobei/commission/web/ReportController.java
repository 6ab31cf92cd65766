package com.baobei.commission.web;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.export.StatementCsv;
import com.baobei.commission.export.StatementXlsx;
import com.baobei.commission.reports.EarnedReport;
import com.baobei.commission.reports.EarnedRow;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RPT-1's commission column: commission earned per channel or agent, per office day or period, as JSON, CSV (UTF-8
 * with BOM) or XLSX, written by the statements' own writers. The counts are attribution's report (ADR 0028).
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/reports/commission")
@Tag(name = "reports", description = "RPT-1: commission earned per channel and agent")
public class ReportController {

    static final List<String> COLUMNS = List.of("渠道 Channel", "经纪人 Agent", "起 From", "止 To", "成交 Deals",
            "佣金 Commission (CNY)");
    private static final int MAX_DAYS = 366;

    private final EarnedReport report;

    public ReportController(EarnedReport report) {
        this.report = report;
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE})
    @GetMapping
    @Operation(summary = "RPT-1 commission earned per channel or agent, per office day or period",
            description = "from and to are office days (yyyy-MM-dd), to defaults to from; by: channel (default) or "
                    + "agent; per: day (default) or period; format: json (default), csv or xlsx. Roles FINANCE (every "
                    + "channel of their tenant) and CHANNEL_MANAGER (their own channel).")
    @ApiResponse(responseCode = "200", description = "The rows")
    @ApiResponse(responseCode = "400", description = "A parameter is not valid; the problem names it")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads commission")
    public ResponseEntity<?> earned(@PathVariable String projectId, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String by,
                                    @RequestParam(required = false) String per,
                                    @RequestParam(required = false) String format, Caller caller) {
        String channel = Access.ownChannel(caller, Role.FINANCE);
        LocalDate first = PeriodParam.day("from", required("from", from));
        LocalDate last = to == null || to.isBlank() ? first : PeriodParam.day("to", to);
        if (last.isBefore(first)) {
            throw problem("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw problem("to", "at most " + MAX_DAYS + " days from from");
        }
        EarnedReport.By whose = choice("by", by, EarnedReport.By.class, EarnedReport.By.CHANNEL);
        EarnedReport.Per each = choice("per", per, EarnedReport.Per.class, EarnedReport.Per.DAY);
        String as = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(as)) {
            throw problem("format", "must be one of [json, csv, xlsx]");
        }
        List<EarnedRow> rows = report.rows(caller.tenant(), projectId, channel, first, last, whose, each);
        if (as.equals("json")) {
            return ResponseEntity.ok(rows);
        }
        List<List<Object>> lines = new ArrayList<>(rows.size());
        for (EarnedRow r : rows) {
            lines.add(Arrays.asList(r.channelId(), r.agentId() == null ? "" : r.agentId(), r.from().toString(),
                    r.to().toString(), r.deals(), r.commission()));
        }
        byte[] body = as.equals("csv") ? StatementCsv.write(COLUMNS, List.of(), lines, List.of())
                : StatementXlsx.write("佣金 Commission", COLUMNS, List.of(), lines, List.of(), -1);
        String name = ("rpt1-commission-" + projectId + "-" + first + "-" + last).replaceAll("[^A-Za-z0-9._-]", "_")
                + "." + as;
        return ResponseEntity.ok()
                .contentType(as.equals("csv") ? StatementController.CSV : StatementController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw problem(field, "required, an office day such as 2026-11-26");
        }
        return value.strip();
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static InvalidRequestException problem(String field, String message) {
        return new InvalidRequestException(List.of(new Problem(field, message)));
    }
}
