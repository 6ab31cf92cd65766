package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.baobei.contracts.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agent disputes a client with what they have: a statement, and photos, screenshots or call recordings from the
 * phone, which the registration service stores (DSP-1); the site manager opens each file from the dispute's page.
 */
@Controller
class DisputeController {

    static final int MAX_FILES = 5;

    private final ServiceClients services;

    DisputeController(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/agent/registrations/{registrationId}/dispute")
    String form(@ModelAttribute("person") Person person, @PathVariable String registrationId, Model model) {
        AgentDirectory.requireAgent(person);
        model.addAttribute("registration", registration(registrationId));
        model.addAttribute("maxFiles", MAX_FILES);
        return "agent/dispute";
    }

    @PostMapping("/agent/registrations/{registrationId}/dispute")
    String raise(@ModelAttribute("person") Person person, @PathVariable String registrationId,
                 @RequestParam(required = false) String statement,
                 @RequestParam(required = false) List<MultipartFile> files, Model model) throws IOException {
        AgentDirectory.requireAgent(person);
        JsonNode registration = registration(registrationId);
        model.addAttribute("registration", registration);
        model.addAttribute("maxFiles", MAX_FILES);
        model.addAttribute("statement", statement);
        List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        List<Problems.FieldError> errors = new ArrayList<>();
        if (statement == null || statement.isBlank()) {
            errors.add(new Problems.FieldError("statement", "console.error.statement.missing"));
        }
        if (sent.isEmpty()) {
            errors.add(new Problems.FieldError("evidenceRefs", "console.error.evidence.missing"));
        } else if (sent.size() > MAX_FILES) {
            errors.add(new Problems.FieldError("evidenceRefs", "console.error.evidence.tooMany"));
        }
        String projectId = registration.path("projectId").asText();
        try {
            if (errors.isEmpty()) {
                List<String> refs = new ArrayList<>();
                for (MultipartFile file : sent) {
                    JsonNode stored = services.registration().post()
                            .uri("/api/v1/evidence?projectId={p}&fileName={n}", projectId, name(file))
                            .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.getBytes()).retrieve()
                            .body(JsonNode.class);
                    refs.add(stored.path("ref").asText());
                }
                Map<String, Object> request = new LinkedHashMap<>();
                request.put("tenantId", person.tenant());
                request.put("projectId", projectId);
                request.put("channelId", person.channel());
                request.put("agentId", person.agent());
                request.put("kind", "OWNERSHIP");
                request.put("clientSurname", registration.path("clientSurname").asText());
                request.put("maskedPhone", registration.path("maskedPhone").asText());
                request.put("registrationId", registrationId);
                request.put("evidenceRefs", refs);
                request.put("statement", Texts.normalize(statement).strip());
                JsonNode raised = services.registration().post().uri("/api/v1/disputes")
                        .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(JsonNode.class);
                model.addAttribute("disputeId", raised.path("disputeId").asText());
                model.addAttribute("files", sent.size());
                return "agent/dispute-raised";
            }
        } catch (RestClientResponseException refused) {
            errors.addAll(Problems.of(refused));
            model.addAttribute("status", refused.getStatusCode().value());
        }
        model.addAttribute("errors", errors);
        return "agent/dispute";
    }

    /**
     * One stored evidence file, fetched with the person's own token (the channel that sent it, or the office that
     * rules): the registration service decides who may read it; the console passes it on as an attachment.
     */
    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@ModelAttribute("person") Person person, @PathVariable String evidenceId) {
        ResponseEntity<byte[]> file = services.registration().get().uri("/api/v1/evidence/{id}", evidenceId)
                .retrieve().toEntity(byte[].class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(file.getHeaders().getContentType());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(file.getBody());
    }

    private JsonNode registration(String registrationId) {
        return services.registration().get().uri("/api/v1/registrations/{id}", registrationId).retrieve()
                .body(JsonNode.class);
    }

    /** The name the phone gave the file, without its folders; the service refuses what is not plain text. */
    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
