package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The channel agent's phone pages: register a client and see the verdict as soon as the attribution service has it;
 * my registrations with status, reason (rule ids) and protection days left.
 */
@Controller
class AgentController {

    private final ServiceClients services;
    private final Verdicts verdicts;
    private final AgentDirectory directory;

    AgentController(ServiceClients services, Verdicts verdicts, AgentDirectory directory) {
        this.services = services;
        this.verdicts = verdicts;
        this.directory = directory;
    }

    /** What the agent typed: kept to show the form again with the errors. */
    record RegisterForm(String projectId, String surname, String phone) {
    }

    @GetMapping("/agent/register")
    String registerForm(@ModelAttribute("person") Person person, Model model) {
        requireAgent(person);
        model.addAttribute("form", new RegisterForm(null, "", ""));
        model.addAttribute("projects", projects());
        return "agent/register";
    }

    @PostMapping("/agent/register")
    String register(@ModelAttribute("person") Person person, RegisterForm form, Model model) {
        requireAgent(person);
        List<Problems.FieldError> errors = new ArrayList<>();
        String surname = form.surname() == null ? "" : com.baobei.contracts.Texts.normalize(form.surname()).strip();
        if (surname.isEmpty()) {
            errors.add(new Problems.FieldError("clientSurname", "console.error.surname.missing"));
        }
        Optional<String> masked = PhoneNumbers.masked(form.phone());
        if (masked.isEmpty()) {
            errors.add(new Problems.FieldError("maskedPhone", "console.error.phone.invalid"));
        }
        if (form.projectId() == null || form.projectId().isBlank()) {
            errors.add(new Problems.FieldError("projectId", "console.error.project.missing"));
        }
        if (errors.isEmpty()) {
            Map<String, Object> request = AgentDirectory.registration(person, form.projectId(),
                    directory.channelKind(person), surname, masked.get());
            try {
                JsonNode created = services.registration().post().uri("/api/v1/registrations")
                        .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(JsonNode.class);
                return "redirect:/agent/registrations/" + created.path("registrationId").asText();
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        model.addAttribute("form", new RegisterForm(form.projectId(), surname, masked.orElse("")));
        model.addAttribute("errors", errors);
        model.addAttribute("projects", projects());
        return "agent/register";
    }

    @GetMapping("/agent/registrations/{registrationId}")
    String one(@ModelAttribute("person") Person person, @PathVariable String registrationId, Model model,
               Locale locale) {
        requireAgent(person);
        JsonNode registration = services.registration().get().uri("/api/v1/registrations/{id}", registrationId)
                .retrieve().body(JsonNode.class);
        model.addAttribute("registration", registration);
        model.addAttribute("registeredAt", Verdicts.shanghai(registration.path("registeredAt").asText(null)));
        model.addAttribute("verdict", verdicts.of(registrationId, locale).orElse(null));
        model.addAttribute("qr", VisitCodes.svg(registration.path("registrationId").asText()));
        return "agent/registration";
    }

    /** The verdict's part of the page; htmx asks for it every second until it exists, then stops (no reload). */
    @GetMapping("/agent/registrations/{registrationId}/verdict")
    String verdictFragment(@ModelAttribute("person") Person person, @PathVariable String registrationId, Model model,
                           Locale locale) {
        requireAgent(person);
        model.addAttribute("registrationId", registrationId);
        model.addAttribute("verdict", verdicts.of(registrationId, locale).orElse(null));
        return "agent/registration :: verdict";
    }

    @GetMapping("/agent/registrations")
    String mine(@ModelAttribute("person") Person person, @RequestParam(required = false) String status,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
                Model model, Locale locale) {
        requireAgent(person);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode project : projects()) {
            String projectId = project.path("id").asText(project.path("projectId").asText());
            JsonNode list = services.registration().get()
                    .uri("/api/v1/registrations?projectId={p}&limit=200", projectId).retrieve().body(JsonNode.class);
            List<JsonNode> shown = new ArrayList<>();
            for (JsonNode registration : list) {
                if (RegistrationDays.within(registration.path("registeredAt").asText(null), from, to)) {
                    shown.add(registration);
                }
            }
            // one call for the page's verdicts, not one per registration
            Map<String, Verdicts.View> decided = shown.isEmpty() ? Map.of() : verdicts.of(projectId,
                    shown.stream().map(r -> r.path("registrationId").asText()).toList(), locale);
            for (JsonNode registration : shown) {
                Optional<Verdicts.View> verdict = Optional.ofNullable(
                        decided.get(registration.path("registrationId").asText()));
                String state = verdict.map(Verdicts.View::status).orElse("PENDING");
                if (status != null && !status.isBlank() && !status.equals(state)) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("registration", registration);
                row.put("project", project.path("name").asText(projectId));
                row.put("registeredAt", Verdicts.shanghai(registration.path("registeredAt").asText(null)));
                row.put("status", state);
                row.put("verdict", verdict.orElse(null));
                rows.add(row);
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "agent/registrations";
    }

    private List<JsonNode> projects() {
        return directory.projects();
    }

    private static void requireAgent(Person person) {
        AgentDirectory.requireAgent(person);
    }
}
