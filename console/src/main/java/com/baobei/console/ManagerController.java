package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site manager's desktop pages: the project's disputes with both sides and what the rules propose, one ruling
 * (owner and reason) per dispute, and a client's whole history with every decision explained.
 */
@Controller
class ManagerController {

    private final ServiceClients services;
    private final Verdicts verdicts;

    ManagerController(ServiceClients services, Verdicts verdicts) {
        this.services = services;
        this.verdicts = verdicts;
    }

    @GetMapping("/manager/disputes")
    String disputes(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                    @RequestParam(defaultValue = "OPEN") String status, Model model, Locale locale) {
        requireManager(person);
        String project = projectOf(person, projectId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode decision : disputesOf(project)) {
            if (!"ALL".equals(status) && !status.equals(decision.path("status").asText())) {
                continue;
            }
            rows.add(row(project, decision, locale));
        }
        model.addAttribute("projects", person.projects());
        model.addAttribute("projectId", project);
        model.addAttribute("status", status);
        model.addAttribute("rows", rows);
        return "manager/disputes";
    }

    @GetMapping("/manager/disputes/{disputeId}")
    String dispute(@ModelAttribute("person") Person person, @PathVariable String disputeId,
                   @RequestParam(required = false) String projectId, Model model, Locale locale) {
        requireManager(person);
        String project = projectOf(person, projectId);
        fillDispute(project, disputeId, model, locale);
        model.addAttribute("owner", "");
        model.addAttribute("rationale", "");
        return "manager/dispute";
    }

    @PostMapping("/manager/disputes/{disputeId}/rulings")
    String rule(@ModelAttribute("person") Person person, @PathVariable String disputeId, @RequestParam String projectId,
                @RequestParam(required = false) String owner, @RequestParam(required = false) String rationale,
                Model model, Locale locale) {
        requireManager(person);
        String project = projectOf(person, projectId);
        Map<String, Object> row = fillDispute(project, disputeId, model, locale);
        List<Problems.FieldError> errors = new ArrayList<>();
        // not NFKC-normalized here: that would turn the Chinese full-width punctuation of the reason into ASCII
        String reason = rationale == null ? "" : rationale.strip();
        if (owner == null || owner.isBlank()) {
            errors.add(new Problems.FieldError("ownerKind", "console.error.owner.missing"));
        }
        if (reason.isEmpty()) {
            errors.add(new Problems.FieldError("rationale", "console.error.rationale.missing"));
        }
        JsonNode client = (JsonNode) row.get("current");
        if (errors.isEmpty() && client == null) {
            errors.add(new Problems.FieldError(null, "console.error.client.unknown"));
        }
        if (errors.isEmpty()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("tenantId", person.tenant());
            request.put("projectId", project);
            request.put("clientSurname", client.path("clientSurname").asText());
            request.put("maskedPhone", client.path("maskedPhone").asText());
            if ("OFFICE".equals(owner)) {
                request.put("ownerKind", "OFFICE");
            } else {
                String channel = owner.substring("CHANNEL:".length());
                request.put("ownerKind", "CHANNEL");
                request.put("channelId", channel);
                // the agent is known only when the chosen channel is the one that holds the client now
                if (channel.equals(client.path("channelId").asText(null))) {
                    request.put("agentId", client.path("agentId").asText(null));
                }
            }
            request.put("rationale", reason);
            try {
                services.visit().post().uri("/api/v1/disputes/{id}/rulings", disputeId)
                        .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().toBodilessEntity();
                return "redirect:" + UriComponentsBuilder.fromPath("/manager/disputes/{id}")
                        .queryParam("projectId", project).queryParam("ruled", true).buildAndExpand(disputeId)
                        .encode().toUriString();
            } catch (HttpClientErrorException.NotFound notYet) {
                // the visit service learns a dispute from the registration topic: right after it is raised, not yet
                errors.add(new Problems.FieldError(null, "console.error.dispute.notYet"));
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("owner", owner == null ? "" : owner);
        model.addAttribute("rationale", reason);
        return "manager/dispute";
    }

    @GetMapping("/manager/clients")
    String client(@ModelAttribute("person") Person person, @RequestParam String projectId,
                  @RequestParam String clientKey, Model model, Locale locale) {
        requireManager(person);
        String project = projectOf(person, projectId);
        JsonNode client = services.attribution().get().uri("/api/v1/projects/{p}/clients/{k}", project, clientKey)
                .retrieve().body(JsonNode.class);
        List<Map<String, Object>> history = new ArrayList<>();
        for (JsonNode change : client.path("history")) {
            history.add(Map.of("change", change, "explanation", Explained.of(change.path("explanation"), locale)));
        }
        model.addAttribute("projectId", project);
        model.addAttribute("client", client);
        model.addAttribute("current", Explained.of(client.path("current").path("explanation"), locale));
        model.addAttribute("history", history);
        return "manager/client";
    }

    private Map<String, Object> fillDispute(String project, String disputeId, Model model, Locale locale) {
        JsonNode decision = null;
        for (JsonNode d : disputesOf(project)) {
            if (disputeId.equals(d.path("disputeId").asText())) {
                decision = d;
            }
        }
        if (decision == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> row = row(project, decision, locale);
        List<Map<String, Object>> rulings = new ArrayList<>();
        try {
            JsonNode list = services.visit().get().uri("/api/v1/disputes/{id}/rulings", disputeId).retrieve()
                    .body(JsonNode.class);
            for (JsonNode ruling : list) {
                rulings.add(Map.of("ruling", ruling,
                        "ruledAt", Verdicts.shanghai(ruling.path("ruledAt").asText(null))));
            }
        } catch (HttpClientErrorException.NotFound none) {
            // no ruling yet: the visit service knows a dispute by its rulings
        }
        model.addAttribute("projectId", project);
        model.addAttribute("row", row);
        model.addAttribute("registrations", registrationsOf(project, (JsonNode) row.get("current"), locale));
        model.addAttribute("rulings", rulings);
        model.addAttribute("decided", rulings.isEmpty() ? null : rulings.get(rulings.size() - 1).get("ruling"));
        model.addAttribute("channels", channels());
        model.addAttribute("claim", claimOf(project, disputeId));
        return row;
    }

    /** The raising side's statement and evidence references, as the attribution service stored its claim. */
    private JsonNode claimOf(String project, String disputeId) {
        try {
            return services.attribution().get().uri("/api/v1/projects/{p}/disputes/{d}/claim", project, disputeId)
                    .retrieve().body(JsonNode.class);
        } catch (HttpClientErrorException.NotFound notYet) {
            return null;
        }
    }

    /** A dispute with its client as the attribution service has it now (the other side: who holds the client). */
    private Map<String, Object> row(String project, JsonNode decision, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("decision", decision);
        row.put("explained", Explained.of(decision.path("explanation"), locale));
        String clientKey = decision.path("clientKey").asText(null);
        JsonNode current = null;
        if (clientKey != null) {
            try {
                current = services.attribution().get().uri("/api/v1/projects/{p}/clients/{k}", project, clientKey)
                        .retrieve().body(JsonNode.class).path("current");
            } catch (HttpClientErrorException.NotFound unknown) {
                // a late claim on a buyer nobody registered: no client history to show
            }
        }
        row.put("clientKey", clientKey);
        row.put("current", current);
        return row;
    }

    /**
     * Every registration of the disputed client at the project, whichever channel made it, with its verdict: the
     * registrations both sides rely on. The dispute itself names none the site manager can read (its statement and
     * evidence stay with the registration service).
     */
    private List<Map<String, Object>> registrationsOf(String project, JsonNode client, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (client == null || !client.path("maskedPhone").isTextual()) {
            return rows;
        }
        String masked = client.path("maskedPhone").asText();
        JsonNode list = services.registration().get()
                .uri("/api/v1/registrations?projectId={p}&limit=1000", project).retrieve().body(JsonNode.class);
        for (JsonNode registration : list) {
            if (masked.equals(registration.path("maskedPhone").asText())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("registration", registration);
                row.put("registeredAt", Verdicts.shanghai(registration.path("registeredAt").asText(null)));
                row.put("verdict", verdicts.of(registration.path("registrationId").asText(), locale).orElse(null));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<JsonNode> disputesOf(String project) {
        List<JsonNode> list = new ArrayList<>();
        services.attribution().get().uri("/api/v1/projects/{p}/disputes", project).retrieve().body(JsonNode.class)
                .forEach(list::add);
        return list;
    }

    private List<JsonNode> channels() {
        List<JsonNode> list = new ArrayList<>();
        services.registration().get().uri("/api/v1/master-data/channels").retrieve().body(JsonNode.class)
                .forEach(list::add);
        return list;
    }

    private static String projectOf(Person person, String projectId) {
        if (projectId != null && !projectId.isBlank()) {
            return projectId;
        }
        if (person.projects().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return person.projects().get(0);
    }

    private static void requireManager(Person person) {
        if (person == null || !person.siteManager()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
