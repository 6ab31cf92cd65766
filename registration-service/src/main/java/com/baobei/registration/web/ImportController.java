package com.baobei.registration.web;

import com.baobei.registration.view.ImportBatches;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding a project that already has history: its registrations keep their original times
 * (business time) and say they were imported and by whom. Every row is checked like a single registration before
 * anything is stored; a valid import is then stored in chunks that commit as they go, and the same import sent again
 * resumes after the last stored chunk or, finished, gets the same answer (ADR 0034). The tenant's own admin only: a
 * channel cannot backdate (REG-1), so a token that also speaks for a channel or a partner imports nothing (ADR 0019).
 * Every batch is listed in the import log, with how many of its rows are stored.
 */
@RestController
@RequestMapping("/api/v1/registrations/imports")
class ImportController {

    /** Those who must never choose a registration's time: the server's clock stamps theirs (REG-1). */
    static final Role[] CHANNEL_ROLES = {Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.PARTNER};
    /** No history before this: older rows are typing errors, and extreme years would not fit the store. */
    static final Instant EARLIEST_HISTORY = Instant.parse("2000-01-01T00:00:00Z");

    private final HistoryImport history;
    private final Validator validator;
    private final Clock clock;
    private final ImportBatches batches;

    ImportController(HistoryImport history, ValidatorFactory validators, Clock clock, ImportBatches batches) {
        this.history = history;
        this.validator = validators.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
        this.clock = clock;
        this.batches = batches;
    }

    @Operation(summary = "Import a project's existing registrations (JSON)",
            description = "The tenant admin's: the rows keep their original times and say who imported them (the "
                    + "token's subject). tenantId must be the token's tenant.")
    @ApiResponse(responseCode = "201", description = "Every row stored (or already stored by the same import)")
    @ApiResponse(responseCode = "400", description = "Nothing stored; errors name each row and field")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin imports, into the token's tenant; "
            + "nothing stored")
    @ApiResponse(responseCode = "422", description = "Rows naming an unknown or inactive tenant, project, channel or "
            + "agent, a channel not at the project or outside its agreement on the row's day, or another channel kind "
            + "(each named rows[i].field; nothing stored); a full phone number in a row's text (ID-4); or "
            + "Idempotency-Key reused for a different request")
    @ApiResponse(responseCode = "503", description = "Stopped between chunks: the rows named by rowsDone are stored; "
            + "the same import sent again resumes after them")
    @Allowed({Role.TENANT_ADMIN})
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> importJson(Caller caller,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @RequestBody ImportRequest request) {
        String importer = importer(caller);
        caller.requireTenant(request.tenantId());
        requireValid(request);
        return history.run(key, caller, importer, request);
    }

    @Operation(summary = "Import a project's existing registrations (CSV export)",
            description = "Header: registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone, or in "
                    + "Chinese 报备时间,渠道编号,渠道类型,经纪人编号,客户姓氏,手机号 (kinds 分销/中介/自有渠道/老带新 too). "
                    + "Cells are NFKC-normalised and checked like JSON rows. The tenant admin's; tenantId, if given, "
                    + "must be the token's tenant.")
    @ApiResponse(responseCode = "201", description = "Every row stored (or already stored by the same import)")
    @ApiResponse(responseCode = "400", description = "Nothing stored; errors name each row and field")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin imports, into the token's tenant; "
            + "nothing stored")
    @ApiResponse(responseCode = "422", description = "Rows naming an unknown or inactive tenant, project, channel or "
            + "agent, a channel not at the project or outside its agreement on the row's day, or another channel kind "
            + "(each named rows[i].field; nothing stored); a full phone number in a row's text (ID-4); or "
            + "Idempotency-Key reused for a different request")
    @ApiResponse(responseCode = "503", description = "Stopped between chunks: the rows named by rowsDone are stored; "
            + "the same import sent again resumes after them")
    @Allowed({Role.TENANT_ADMIN})
    @PostMapping(consumes = "text/csv")
    ResponseEntity<ImportResponse> importCsv(Caller caller,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                             @RequestParam(required = false) String tenantId,
                                             @RequestParam String projectId,
                                             @RequestBody String csv) {
        String importer = importer(caller);
        ImportRequest request = CsvImport.read(caller.requireTenant(tenantId), projectId, csv);
        requireValid(request);
        return history.run(key, caller, importer, request);
    }

    @Operation(summary = "The import log: who imported which history, when",
            description = "The tenant's own staff: the tenant admin and the marketing manager for every project, a "
                    + "site manager for the projects of their token. Newest first.")
    @ApiResponse(responseCode = "200", description = "The batches, newest first")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not the tenant's staff, or a project not in the token")
    @Allowed({Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping
    List<ImportBatches.Batch> log(Caller caller, @RequestParam(required = false) String projectId,
                                  @RequestParam(defaultValue = "100") int limit) {
        String project = projectId == null || projectId.isBlank() ? null : projectId;
        boolean wholeTenant = caller.hasAny(Role.TENANT_ADMIN, Role.MARKETING_MANAGER);
        if (!wholeTenant && project != null) {
            caller.requireProject(project);
        }
        List<ImportBatches.Batch> found = batches.of(caller.tenant(), project, Math.max(1, Math.min(limit, 1000)));
        return wholeTenant ? found : found.stream().filter(b -> caller.worksAt(b.projectId())).toList();
    }

    /**
     * Only the tenant's own admin imports, and is recorded as {@code importedBy}: the published contract allows an
     * id there, so a subject of another shape cannot be recorded and imports nothing. A token that also carries a
     * channel's or a partner's role, or names a channel, is someone who could take clients with backdated rows
     * (REG-1): it imports nothing, whatever else it carries.
     */
    private static String importer(Caller caller) {
        if (caller.hasAny(CHANNEL_ROLES) || caller.channel() != null) {
            throw new Forbidden("a token that speaks for a channel or a partner never chooses a registration's time "
                    + "(REG-1): history imports are the tenant's own staff's");
        }
        String subject = caller.subject();
        if (subject.length() > 64 || !subject.matches(Patterns.ID)) {
            throw new Forbidden("your subject " + subject + " cannot be recorded as importedBy (letters, digits, "
                    + "'_', '.', '-', at most 64)");
        }
        return subject;
    }

    /**
     * Every row as a single registration would be checked (the annotations of {@link ImportRequest}), and its time
     * within history: not in the future, not before {@link #EARLIEST_HISTORY}. 400 naming rows[i].field; 422 when
     * the only fault is a full phone number in a row's text (ID-4).
     */
    private void requireValid(ImportRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean onlyFullPhones = true;
        for (ConstraintViolation<ImportRequest> violation : validator.validate(request)) {
            problems.add(new FieldProblem(FieldProblem.path(violation.getPropertyPath().toString()),
                    violation.getMessage()));
            onlyFullPhones &= violation.getConstraintDescriptor().getAnnotation() instanceof NoFullPhone;
        }
        Instant now = clock.instant();
        List<ImportRequest.Row> rows = request.rows() == null ? List.of() : request.rows();
        // a row given twice is a broken export, not two registrations (and 10,000 copies must not cost 10,000 commands)
        Map<ImportRequest.Row, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Integer first = rows.get(i) == null ? null : firstIndex.putIfAbsent(rows.get(i), i);
            if (first != null) {
                problems.add(new FieldProblem("rows[" + i + "]", "the same registration as rows[" + first + "]"));
                onlyFullPhones = false;
                if (problems.size() >= 100) {
                    break;
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Instant at = rows.get(i) == null ? null : rows.get(i).registeredAt();
            if (at != null && (at.isAfter(now) || at.isBefore(EARLIEST_HISTORY))) {
                problems.add(new FieldProblem("rows[" + i + "].registeredAt", at.isAfter(now)
                        ? "history cannot be in the future" : "history starts at " + EARLIEST_HISTORY));
                onlyFullPhones = false;
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidRequestException(problems, onlyFullPhones);
        }
    }

    /**
     * An import is a record read from the request, never a JPA entity: every property is there to be checked. Bean
     * Validation's default (JPA on the classpath) asks JPA whether each of a row's properties is loaded, which made
     * up much of the time to check 100,000 rows (ADR 0034).
     */
    private static final class EveryPropertyReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    }
}
