package com.baobei.attribution.web;

import static com.baobei.security.Role.FINANCE;
import static com.baobei.security.Role.MARKETING_MANAGER;
import static com.baobei.security.Role.TENANT_ADMIN;

import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.report.ReportCsv;
import com.baobei.attribution.report.ReportRow;
import com.baobei.attribution.report.ReportXlsx;
import com.baobei.attribution.report.Reports;
import com.baobei.attribution.report.Rpt1Report;
import com.baobei.attribution.simulation.FieldProblem;
import com.baobei.attribution.simulation.RequestProblemsException;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RPT-1: a project's figures per channel or per agent, per office day or per period, as JSON or as CSV with
 * Chinese headings. Scoped like every read: an agent sees their own rows, a channel manager their channel's,
 * the office all of the project's. The day's clients and visits are the counts REG-6 judged (ADR 0028).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "reports", description = "RPT-1: registrations, verdicts, visits and purchases per channel and agent")
public class ReportController {

    /** A year and a day: a report longer than a year is two reports. */
    static final int MAX_DAYS = 366;

    private final Reports reports;

    public ReportController(Reports reports) {
        this.reports = reports;
    }

    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.FINANCE, Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/reports")
    @Operation(summary = "RPT-1 report: per channel or agent, per office day or period (JSON; CSV with BOM or XLSX with format=csv|xlsx)",
            description = "from and to are office days (the project's zone, yyyy-MM-dd), to defaults to from. by: "
                    + "channel (default) or agent; per: day (default) or period. Channel agents see their own agent "
                    + "rows, channel managers their channel's rows, consultants and site managers their projects', "
                    + "marketing managers, finance and tenant admins all of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the report's rows"),
                    @ApiResponse(responseCode = "400", description = "a parameter is not valid; the problem names it"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no reports, or not at "
                            + "this project")})
    public ResponseEntity<?> report(Caller caller, @PathVariable String projectId,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String by,
                                    @RequestParam(required = false) String per,
                                    @RequestParam(required = false) String format) {
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, FINANCE, TENANT_ADMIN);
        LocalDate first = day("from", from, null);
        LocalDate last = day("to", to, first);
        if (last.isBefore(first)) {
            throw problem("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw problem("to", "at most " + MAX_DAYS + " days from from");
        }
        Rpt1Report.By whose = choice("by", by, Rpt1Report.By.class, Rpt1Report.By.CHANNEL);
        Rpt1Report.Per each = choice("per", per, Rpt1Report.Per.class, Rpt1Report.Per.DAY);
        String as = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(as)) {
            throw problem("format", "must be one of [json, csv, xlsx]");
        }
        List<ReportRow> rows = Rpt1Report.rows(reports.days(new ProjectRef(caller.tenant(), projectId)), first, last,
                whose, each, d -> caller.seesAgent(d.channelId(), d.agentId()));
        if (as.equals("json")) {
            return ResponseEntity.ok(rows);
        }
        String name = "rpt1-" + projectId + "-" + first + "-" + last + "." + as;
        return ResponseEntity.ok()
                .contentType(as.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .body(as.equals("csv") ? ReportCsv.write(rows) : ReportXlsx.write(rows));
    }

    private static LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise != null) {
                return otherwise;
            }
            throw problem(field, "required, an office day such as 2026-11-26");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw problem(field, "must be a day such as 2026-11-26");
        }
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(field, "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static RequestProblemsException problem(String field, String message) {
        return new RequestProblemsException(List.of(new FieldProblem(field, message)));
    }
}
