package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agent registers several clients at once: pasted lines or a CSV file with Chinese headers. Each client is its own
 * registration at the moment it is sent (REG-1 trusts the server's clock, not the file's), so each gets its own
 * verdict; the page lists what was registered and what was refused, line by line.
 */
@Controller
class AgentBatchController {

    /** Large enough for a day's list, small enough that one request does not hold a service for long. */
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private final ServiceClients services;
    private final AgentDirectory directory;

    AgentBatchController(ServiceClients services, AgentDirectory directory) {
        this.services = services;
        this.directory = directory;
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return BatchLines.MAX_ROWS;
    }

    @GetMapping("/agent/register/batch")
    String form(@ModelAttribute("person") Person person, Model model) {
        AgentDirectory.requireAgent(person);
        model.addAttribute("projects", directory.projects());
        model.addAttribute("batch", UUID.randomUUID().toString());
        return "agent/batch";
    }

    @PostMapping("/agent/register/batch")
    String register(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                    @RequestParam(required = false) String text,
                    @RequestParam(required = false) MultipartFile file, @RequestParam String batch, Model model)
            throws IOException {
        AgentDirectory.requireAgent(person);
        model.addAttribute("projects", directory.projects());
        model.addAttribute("projectId", projectId);
        model.addAttribute("batch", batch);
        List<String> errors = new ArrayList<>();
        if (projectId == null || projectId.isBlank()) {
            errors.add("console.error.project.missing");
        }
        String lines = text == null ? "" : text;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_FILE_BYTES) {
                errors.add("console.batch.error.fileTooLarge");
            } else {
                lines = BatchLines.decode(file.getBytes());
            }
        }
        List<BatchLines.Row> rows = BatchLines.read(lines);
        if (rows.isEmpty()) {
            errors.add("console.batch.error.empty");
        } else if (rows.size() > BatchLines.MAX_ROWS) {
            errors.add("console.batch.error.tooMany");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("batchErrors", errors);
            model.addAttribute("text", lines);
            return "agent/batch";
        }
        String channelKind = directory.channelKind(person);
        List<Outcome> results = new ArrayList<>();
        for (BatchLines.Row row : rows) {
            results.add(registerOne(person, projectId, channelKind, batch, row));
        }
        model.addAttribute("results", results);
        model.addAttribute("registered", results.stream().filter(r -> r.registrationId() != null).count());
        return "agent/batch";
    }

    /** One line's outcome: sent (its registration and code), or not (a key of the console's texts, or the refusal). */
    record Outcome(int line, String surname, String masked, String registrationId, String shortCode, String error,
                   List<Problems.FieldError> refused, Integer status) {

        static Outcome invalid(BatchLines.Row row, String error) {
            return new Outcome(row.line(), row.surname(), row.masked().orElse(""), null, null, error, null, null);
        }
    }

    private Outcome registerOne(Person person, String projectId, String channelKind, String batch,
                                BatchLines.Row row) {
        if (row.surname().isEmpty()) {
            return Outcome.invalid(row, "console.error.surname.missing");
        }
        if (row.masked().isEmpty()) {
            return Outcome.invalid(row, "console.error.phone.invalid");
        }
        Map<String, Object> request = AgentDirectory.registration(person, projectId, channelKind, row.surname(),
                row.masked().get());
        // the same batch sent twice (a double tap, a retry after a timeout) registers nobody twice
        String key = UUID.nameUUIDFromBytes((batch + ":" + row.line() + ":" + row.masked().get())
                .getBytes(StandardCharsets.UTF_8)).toString();
        try {
            JsonNode created = services.registration().post().uri("/api/v1/registrations")
                    .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).body(request).retrieve()
                    .body(JsonNode.class);
            return new Outcome(row.line(), row.surname(), row.masked().get(),
                    created.path("registrationId").asText(), created.path("shortCode").asText(), null, null, null);
        } catch (RestClientResponseException refused) {
            return new Outcome(row.line(), row.surname(), row.masked().get(), null, null, null,
                    Problems.of(refused), refused.getStatusCode().value());
        }
    }
}
