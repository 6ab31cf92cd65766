package com.baobei.registration.web;

import com.baobei.contracts.Ids;
import com.baobei.contracts.registration.Registered.Intake;
import com.baobei.registration.intake.RegisterClient;
import com.baobei.registration.masterdata.MasterDataLookup;
import com.baobei.registration.masterdata.MasterDataRefused;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.RegistrationGate;
import com.baobei.security.Caller;
import com.baobei.security.Forbidden;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding a project that already has history: its registrations keep their original times
 * (business time) and say they were imported and by whom. All rows or none. The tenant admin's only: a channel
 * cannot backdate (REG-1).
 */
@RestController
@RequestMapping("/api/v1/registrations/imports")
class ImportController {

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;
    private final Validator validator;
    private final Clock clock;
    private final MasterDataLookup masterData;

    ImportController(CommandGateway commands, IdempotentRequests idempotent, Validator validator, Clock clock,
                     MasterDataLookup masterData) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.validator = validator;
        this.clock = clock;
        this.masterData = masterData;
    }

    @Operation(summary = "Import a project's existing registrations (JSON)",
            description = "The tenant admin's: the rows keep their original times and say who imported them (the "
                    + "token's subject). tenantId must be the token's tenant.")
    @ApiResponse(responseCode = "201", description = "Every row stored")
    @ApiResponse(responseCode = "400", description = "Nothing stored; errors name each row and field")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin imports, into the token's tenant; "
            + "nothing stored")
    @ApiResponse(responseCode = "422", description = "Rows naming an unknown or inactive tenant, project, channel or "
            + "agent, a channel not at the project or outside its agreement on the row's day, or another channel kind "
            + "(each named rows[i].field; nothing stored); or Idempotency-Key reused for a different request")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> importJson(Caller caller,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @RequestBody ImportRequest request) {
        String importer = importer(caller);
        caller.requireTenant(request.tenantId());
        requireValid(request);
        return idempotent.run(key, caller, request, ImportResponse.class, () -> store(importer, caller, request));
    }

    @Operation(summary = "Import a project's existing registrations (CSV export)",
            description = "Header: registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone. The tenant "
                    + "admin's; tenantId, if given, must be the token's tenant.")
    @ApiResponse(responseCode = "201", description = "Every row stored")
    @ApiResponse(responseCode = "400", description = "Nothing stored; errors name each row and field")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin imports, into the token's tenant; "
            + "nothing stored")
    @ApiResponse(responseCode = "422", description = "Rows naming an unknown or inactive tenant, project, channel or "
            + "agent, a channel not at the project or outside its agreement on the row's day, or another channel kind "
            + "(each named rows[i].field; nothing stored); or Idempotency-Key reused for a different request")
    @PostMapping(consumes = "text/csv")
    ResponseEntity<ImportResponse> importCsv(Caller caller,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                             @RequestParam(required = false) String tenantId,
                                             @RequestParam String projectId,
                                             @RequestBody String csv) {
        String importer = importer(caller);
        ImportRequest request = CsvImport.read(caller.requireTenant(tenantId), projectId, csv);
        requireValid(request);
        return idempotent.run(key, caller, request, ImportResponse.class, () -> store(importer, caller, request));
    }

    /**
     * Only the tenant admin imports, and is recorded as {@code importedBy}: the published contract allows an id
     * there, so a subject of another shape cannot be recorded and imports nothing.
     */
    private static String importer(Caller caller) {
        caller.require(Role.TENANT_ADMIN);
        String subject = caller.subject();
        if (subject.length() > 64 || !subject.matches(Patterns.ID)) {
            throw new Forbidden("your subject " + subject + " cannot be recorded as importedBy (letters, digits, "
                    + "'_', '.', '-', at most 64)");
        }
        return subject;
    }

    private ResponseEntity<ImportResponse> store(String importer, Caller caller, ImportRequest request) {
        List<Problem> unknown = RegistrationGate.importProblems(masterData, caller.tenant(), request.projectId(),
                request.rows().stream().map(r -> new RegistrationGate.Row(r.channelId(), r.channelKind(), r.agentId(),
                        r.registeredAt())).toList());
        if (!unknown.isEmpty()) {
            throw new MasterDataRefused(unknown);
        }
        List<String> ids = new ArrayList<>();
        for (ImportRequest.Row row : request.rows()) {
            String id = Ids.newId();
            commands.sendAndWait(new RegisterClient(id, caller.tenant(), request.projectId(), row.channelId(),
                    row.channelKind(), row.agentId(), row.clientSurname(), row.maskedPhone(), null, List.of(),
                    row.registeredAt(), Intake.IMPORT, importer));
            ids.add(id);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(ids.size(), ids));
    }

    private void requireValid(ImportRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ImportRequest> violation : validator.validate(request)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        Instant now = clock.instant();
        List<ImportRequest.Row> rows = request.rows() == null ? List.of() : request.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).registeredAt() != null && rows.get(i).registeredAt().isAfter(now)) {
                problems.add(new FieldProblem("rows[" + i + "].registeredAt", "history cannot be in the future"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidRequestException(problems);
        }
    }
}
