package com.baobei.registration.web;

import com.baobei.contracts.registration.Registered.Intake;
import com.baobei.registration.intake.RegisterClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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
 * (business time) and say they were imported and by whom. All rows or none.
 */
@RestController
@RequestMapping("/api/v1/registrations/imports")
class ImportController {

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;
    private final Validator validator;
    private final Clock clock;

    ImportController(CommandGateway commands, IdempotentRequests idempotent, Validator validator, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.validator = validator;
        this.clock = clock;
    }

    @Operation(summary = "Import a project's existing registrations (JSON)")
    @ApiResponse(responseCode = "201", description = "Every row stored")
    @ApiResponse(responseCode = "400", description = "Nothing stored; errors name each row and field")
    @ApiResponse(responseCode = "403", description = "Only an importer imports")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> importJson(@RequestHeader("X-Actor") String actor,
                                              @RequestHeader("X-Role") Role role,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @RequestBody ImportRequest request) {
        role.require(Role.IMPORTER);
        requireValid(request);
        return idempotent.run(key, actor, request, ImportResponse.class, () -> store(actor, request));
    }

    @Operation(summary = "Import a project's existing registrations (CSV export)",
            description = "Header: registeredAt,channelId,channelKind,agentId,clientSurname,maskedPhone")
    @ApiResponse(responseCode = "201", description = "Every row stored")
    @ApiResponse(responseCode = "400", description = "Nothing stored; errors name each row and field")
    @PostMapping(consumes = "text/csv")
    ResponseEntity<ImportResponse> importCsv(@RequestHeader("X-Actor") String actor,
                                             @RequestHeader("X-Role") Role role,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                             @RequestParam String tenantId,
                                             @RequestParam String projectId,
                                             @RequestBody String csv) {
        role.require(Role.IMPORTER);
        ImportRequest request = CsvImport.read(tenantId, projectId, csv);
        requireValid(request);
        return idempotent.run(key, actor, request, ImportResponse.class, () -> store(actor, request));
    }

    private ResponseEntity<ImportResponse> store(String importer, ImportRequest request) {
        List<String> ids = new ArrayList<>();
        for (ImportRequest.Row row : request.rows()) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new RegisterClient(id, request.tenantId(), request.projectId(), row.channelId(),
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
