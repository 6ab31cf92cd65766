package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.baobei.contracts.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * The sales desk's tablet pages: check-in (the agent's code, or surname + last four digits) showing at once whether
 * the registration is valid and whose client it is, and the visit form with its confirmations.
 */
@Controller
class DeskController {

    private final ServiceClients services;
    private final Verdicts verdicts;

    DeskController(ServiceClients services, Verdicts verdicts) {
        this.services = services;
        this.verdicts = verdicts;
    }

    @GetMapping("/desk/check-in")
    String checkIn(@ModelAttribute("person") Person person, @RequestParam(required = false) String code,
                   @RequestParam(required = false) String projectId, @RequestParam(required = false) String surname,
                   @RequestParam(required = false) String lastFour, Model model, Locale locale) {
        requireDesk(person);
        model.addAttribute("projects", person.projects());
        List<Map<String, Object>> found = new ArrayList<>();
        boolean searched = false;
        String cleanCode = code == null ? "" : Texts.normalize(code).strip();
        if (!cleanCode.isEmpty() && isShortCode(cleanCode)) {
            searched = true;
            List<String> projects = projectId == null || projectId.isBlank() ? person.projects() : List.of(projectId);
            try {
                for (String project : projects) {
                    JsonNode list = services.registration().get()
                            .uri("/api/v1/registrations?projectId={p}&code={c}", project, cleanCode).retrieve()
                            .body(JsonNode.class);
                    list.forEach(registration -> found.add(row(registration, locale)));
                }
            } catch (HttpClientErrorException.BadRequest notACode) {
                // eight characters, but not a code's (a U, a symbol): nothing has it
            }
        } else if (!cleanCode.isEmpty()) {
            searched = true;
            try {
                found.add(row(services.registration().get().uri("/api/v1/registrations/{id}", cleanCode).retrieve()
                        .body(JsonNode.class), locale));
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.BadRequest
                     | HttpClientErrorException.UnprocessableEntity none) {
                // nothing of this project's registrations has that code
            }
        } else if (surname != null && !surname.isBlank()) {
            searched = true;
            String digits = lastFour == null ? "" : Texts.normalize(lastFour).replaceAll("\\D", "");
            if (digits.length() != 4) {
                model.addAttribute("lastFourError", true);
            } else {
                String wantedSurname = Texts.normalize(surname).strip();
                String project = projectId == null || projectId.isBlank() ? person.projects().get(0) : projectId;
                JsonNode list = services.registration().get()
                        .uri("/api/v1/registrations?projectId={p}&limit=1000", project).retrieve().body(JsonNode.class);
                for (JsonNode registration : list) {
                    if (registration.path("clientSurname").asText().equals(wantedSurname)
                            && registration.path("maskedPhone").asText().endsWith(digits)) {
                        found.add(row(registration, locale));
                    }
                }
            }
        }
        model.addAttribute("searched", searched);
        model.addAttribute("found", found);
        model.addAttribute("code", cleanCode);
        model.addAttribute("surname", surname);
        model.addAttribute("lastFour", lastFour);
        return "desk/check-in";
    }

    /**
     * The eight characters the agent's page shows (K7QM-3PX9), typed at the desk; the scanner reads the registration
     * id itself from the QR code.
     */
    private static boolean isShortCode(String typed) {
        return typed.replaceAll("[\\s\\-\u3000]", "").length() == 8;
    }

    private Map<String, Object> row(JsonNode registration, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("registration", registration);
        row.put("registeredAt", Verdicts.shanghai(registration.path("registeredAt").asText(null)));
        Verdicts.View verdict = verdicts.of(registration.path("registrationId").asText(), locale).orElse(null);
        row.put("verdict", verdict);
        row.put("status", verdict == null ? "PENDING" : verdict.status());
        return row;
    }

    @GetMapping("/desk/visits/new")
    String visitForm(@ModelAttribute("person") Person person, @RequestParam String registrationId, Model model,
                     Locale locale) {
        requireDesk(person);
        fillVisitForm(registrationId, model, locale);
        model.addAttribute("phone", "");
        return "desk/visit";
    }

    @PostMapping("/desk/visits")
    String recordVisit(@ModelAttribute("person") Person person, @RequestParam String registrationId,
                       @RequestParam(required = false) String phone, @RequestParam(required = false) String consultantId,
                       @RequestParam(defaultValue = "false") boolean agentConfirmed,
                       @RequestParam(defaultValue = "false") boolean consultantConfirmed,
                       @RequestParam(defaultValue = "false") boolean managerConfirmed, Model model, Locale locale) {
        requireDesk(person);
        JsonNode registration = fillVisitForm(registrationId, model, locale);
        List<Problems.FieldError> errors = new ArrayList<>();
        String full = phone == null ? "" : Texts.normalize(phone).replaceAll("[\\s\\-]", "");
        if (!full.matches("1[3-9]\\d{9}")) {
            errors.add(new Problems.FieldError("clientPhone", "console.error.fullPhone.invalid"));
        } else if (!PhoneNumbers.masked(full).orElse("").equals(registration.path("maskedPhone").asText())) {
            errors.add(new Problems.FieldError("clientPhone", "console.error.fullPhone.mismatch"));
        }
        if (errors.isEmpty()) {
            // who ticked the box at the desk; no time in it: the visit has its own, and the services search every
            // text for phone-shaped digit runs (ID-4)
            String reference = "console:" + person.username();
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("agentSignature", agentConfirmed ? "agent@" + reference : null);
            form.put("consultantSignature", consultantConfirmed ? "consultant@" + reference : null);
            form.put("siteManagerSignature", managerConfirmed ? "site-manager@" + reference : null);
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("projectId", registration.path("projectId").asText());
            request.put("kind", "CLIENT");
            request.put("clientSurname", registration.path("clientSurname").asText());
            request.put("clientPhone", full);
            request.put("visitedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            request.put("consultantId", consultantId == null || consultantId.isBlank() ? person.username() : consultantId);
            request.put("registrationId", registrationId);
            request.put("form", form);
            try {
                JsonNode visit = services.visit().post().uri("/api/v1/visits").contentType(MediaType.APPLICATION_JSON)
                        .body(request).retrieve().body(JsonNode.class);
                return "redirect:/desk/visits/" + visit.path("visitId").asText();
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("phone", "");
        return "desk/visit";
    }

    @GetMapping("/desk/visits/{visitId}")
    String visit(@ModelAttribute("person") Person person, @PathVariable String visitId, Model model, Locale locale) {
        requireDesk(person);
        JsonNode visit = services.visit().get().uri("/api/v1/visits/{id}", visitId).retrieve().body(JsonNode.class);
        model.addAttribute("visit", visit);
        model.addAttribute("visitedAt", Verdicts.shanghai(visit.path("visitedAt").asText(null)));
        String registrationId = visit.path("registrationId").asText(null);
        model.addAttribute("verdict", registrationId == null ? null
                : verdicts.of(registrationId, locale).orElse(null));
        return "desk/visit-recorded";
    }

    private JsonNode fillVisitForm(String registrationId, Model model, Locale locale) {
        JsonNode registration = services.registration().get().uri("/api/v1/registrations/{id}", registrationId)
                .retrieve().body(JsonNode.class);
        model.addAttribute("registration", registration);
        model.addAttribute("verdict", verdicts.of(registrationId, locale).orElse(null));
        List<String> consultants = new ArrayList<>();
        JsonNode list = services.registration().get().uri("/api/v1/master-data/projects/{p}/consultants",
                registration.path("projectId").asText()).retrieve().body(JsonNode.class);
        list.forEach(c -> consultants.add(c.path("consultantId").asText()));
        model.addAttribute("consultants", consultants);
        return registration;
    }

    private static void requireDesk(Person person) {
        if (person == null || !person.desk()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
