package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A project's policy, edited with a dry run before it is adopted: the form starts from the version in force (or a
 * preset), "试算" folds the project's recorded events under it and lists what would change, and the tenant admin
 * adopts it. Site managers try versions; only the tenant admin's token may store one, as the service says.
 */
@Controller
class PolicyController {

    /** The settings on the form, in the order shown; each a whole number of minutes, days, registrations or percent. */
    static final List<String> NUMBERS = List.of("leadTimeMinutes", "validityDays", "protectionDays",
            "naturalProtectionDays", "renewalWindowDays", "repeatLimit", "qualityMinRegistrations",
            "qualityMinVisitRatePercent", "referralDays", "lateClaimDays");
    static final List<String> MODES = List.of("SAME_DAY", "DAYS", "UNTIL_OPENING_PLUS_DAYS");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ServiceClients services;

    PolicyController(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/manager/policy")
    String page(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                @RequestParam(required = false) String preset, Model model) {
        String project = projectOf(person, projectId);
        JsonNode inForce = current(project);
        List<JsonNode> presets = presets();
        JsonNode start = inForce;
        if (preset != null && !preset.isBlank()) {
            for (JsonNode p : presets) {
                if (preset.equals(p.path("id").asText())) {
                    start = p.path("settings");
                }
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : NUMBERS) {
            form.put(name, start.path(name).isNumber() ? start.path(name).asText() : "");
        }
        form.put("validityMode", start.path("validityMode").asText("SAME_DAY"));
        form.put("openingDay", start.path("openingDay").asText(""));
        form.put("preset", preset == null ? "" : preset);
        // "what would change on last month's events": a version tried from the first day of last month, or from the
        // version in force if that began later (a version of last week would otherwise take over from its own day)
        LocalDate from = LocalDate.now(SHANGHAI).minusMonths(1).withDayOfMonth(1);
        JsonNode latest = inForce.path("effectiveFrom");
        if (latest.isTextual() && LocalDate.parse(latest.asText()).isAfter(from)) {
            from = LocalDate.parse(latest.asText());
        }
        form.put("effectiveFrom", from.toString());
        fill(person, project, form, presets, model);
        return "manager/policy";
    }

    @PostMapping("/manager/policy")
    String tryOrAdopt(@ModelAttribute("person") Person person, @RequestParam String projectId,
                      @RequestParam(defaultValue = "preview") String action,
                      @RequestParam MultiValueMap<String, String> posted, Model model, java.util.Locale locale) {
        String project = projectOf(person, projectId);
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : NUMBERS) {
            form.put(name, value(posted, name));
        }
        for (String name : List.of("validityMode", "openingDay", "preset", "effectiveFrom")) {
            form.put(name, value(posted, name));
        }
        List<Problems.FieldError> errors = new ArrayList<>();
        Map<String, Object> body = body(form, errors);
        boolean adopt = "adopt".equals(action);
        if (adopt && !person.is("TENANT_ADMIN")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (errors.isEmpty()) {
            try {
                if (adopt) {
                    services.attribution().put().uri("/api/v1/projects/{p}/policy", project)
                            .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
                    return "redirect:" + UriComponentsBuilder.fromPath("/manager/policy").queryParam("projectId", project)
                            .queryParam("adopted", true).encode().toUriString();
                }
                JsonNode preview = services.attribution().post().uri("/api/v1/projects/{p}/policy/preview", project)
                        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
                model.addAttribute("preview", preview);
                model.addAttribute("changes", changes(preview, locale));
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        fill(person, project, form, presets(), model);
        return "manager/policy";
    }

    /** The service's form of the settings; a number that is not one is the form's error, named by its field. */
    static Map<String, Object> body(Map<String, String> form, List<Problems.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        String from = form.get("effectiveFrom");
        if (from.isEmpty()) {
            errors.add(new Problems.FieldError("effectiveFrom", "console.error.required"));
        } else {
            body.put("effectiveFrom", from);
        }
        for (String name : NUMBERS) {
            String typed = form.get(name);
            if (typed.isEmpty()) {
                continue;
            }
            try {
                body.put(name, Integer.parseInt(typed));
            } catch (NumberFormatException e) {
                errors.add(new Problems.FieldError(name, "console.error.wholeNumber"));
            }
        }
        String mode = form.get("validityMode");
        if (!mode.isEmpty()) {
            if (!MODES.contains(mode)) {
                errors.add(new Problems.FieldError("validityMode", "console.error.choice"));
            }
            body.put("validityMode", mode);
        }
        if (!form.get("openingDay").isEmpty()) {
            body.put("openingDay", form.get("openingDay"));
        }
        if (!form.get("preset").isEmpty()) {
            body.put("preset", form.get("preset"));
        }
        return body;
    }

    /** Each change with its two sides as the page shows them: the reason in the page's language, the rules joined. */
    private static List<Map<String, Object>> changes(JsonNode preview, java.util.Locale locale) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode change : preview.path("changes")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", change.path("kind").asText());
            row.put("id", change.path("id").asText());
            row.put("maskedPhone", change.path("maskedPhone").asText(null));
            row.put("sides", java.util.Arrays.asList(side(change.path("before"), locale), side(change.path("after"), locale)));
            list.add(row);
        }
        return list;
    }

    private static Map<String, String> side(JsonNode side, java.util.Locale locale) {
        if (!side.isObject()) {
            return null;
        }
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("outcome", side.path("outcome").asText());
        shown.put("channelId", side.path("channelId").asText(null));
        // a verdict's end is an instant, shown in Beijing time; a protection's end is already a day
        String until = side.path("until").asText(null);
        shown.put("until", until != null && until.contains("T") ? Verdicts.shanghai(until) : until);
        shown.put("reason", side.path("en".equals(locale.getLanguage()) ? "reasonEn" : "reasonZh").asText(""));
        List<String> rules = new ArrayList<>();
        side.path("ruleIds").forEach(rule -> rules.add(rule.asText()));
        shown.put("rules", String.join(", ", rules));
        return shown;
    }

    private void fill(Person person, String project, Map<String, String> form, List<JsonNode> presets, Model model) {
        model.addAttribute("projects", projects(person));
        model.addAttribute("projectId", project);
        model.addAttribute("form", form);
        model.addAttribute("numbers", NUMBERS);
        model.addAttribute("modes", MODES);
        model.addAttribute("presets", presets);
        model.addAttribute("adopts", person.is("TENANT_ADMIN"));
    }

    /** The latest version's values, every field filled (version 1 is the rulebook defaults). */
    private JsonNode current(String project) {
        JsonNode versions = services.attribution().get().uri("/api/v1/projects/{p}/policy", project).retrieve()
                .body(JsonNode.class).path("versions");
        return versions.path(versions.size() - 1);
    }

    private List<JsonNode> presets() {
        List<JsonNode> list = new ArrayList<>();
        services.attribution().get().uri("/api/v1/policy-presets").retrieve().body(JsonNode.class).forEach(list::add);
        return list;
    }

    /** The person's projects; a tenant admin's token names none, so theirs are the tenant's. */
    private List<String> projects(Person person) {
        if (!person.projects().isEmpty()) {
            return person.projects();
        }
        List<String> ids = new ArrayList<>();
        services.registration().get().uri("/api/v1/master-data/projects").retrieve().body(JsonNode.class)
                .forEach(p -> ids.add(p.path("projectId").asText()));
        return ids;
    }

    private String projectOf(Person person, String projectId) {
        if (person == null || !person.policyEditor()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (projectId != null && !projectId.isBlank()) {
            return projectId.strip();
        }
        List<String> mine = projects(person);
        if (mine.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return mine.get(0);
    }

    private static String value(MultiValueMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
