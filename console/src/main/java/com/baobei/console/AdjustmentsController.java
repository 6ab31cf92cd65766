package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finance's manual adjustments and the channels' commission inquiries (ADR 0032): one finance user proposes a credit
 * or debit with its reason, a second approves or rejects it; a channel manager questions a statement line and finance
 * answers with a reasoned refusal or an adjustment (which still needs the second approval). The commission service
 * keeps the record and enforces the four eyes; these pages only gather and show.
 */
@Controller
class AdjustmentsController {

    private final ServiceClients services;

    AdjustmentsController(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/finance/adjustments")
    String adjustments(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                       Model model) {
        requireFinanceUser(person);
        fillAdjustments(person, projectId, model, Map.of());
        return "finance/adjustments";
    }

    @PostMapping("/finance/adjustments")
    String propose(@ModelAttribute("person") Person person, @RequestParam String projectId,
                   @RequestParam(required = false) String channelId, @RequestParam(required = false) String direction,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
                   Model model) {
        requireFinanceUser(person);
        List<Problems.FieldError> errors = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channelId", required("channelId", channelId, errors));
        body.put("direction", required("direction", direction, errors));
        body.put("amount", yuan(amount, errors));
        body.put("reason", required("reason", reason, errors));
        Map<String, String> typed = Map.of("channelId", text(channelId), "direction", text(direction),
                "amount", text(amount), "reason", text(reason));
        if (errors.isEmpty() && sent("/api/v1/projects/{p}/adjustments", body, errors, model, projectId)) {
            return redirect("/finance/adjustments", projectId, "proposed");
        }
        model.addAttribute("errors", errors);
        fillAdjustments(person, projectId, model, typed);
        return "finance/adjustments";
    }

    @PostMapping("/finance/adjustments/{adjustmentId}/approval")
    String decide(@ModelAttribute("person") Person person, @PathVariable String adjustmentId,
                  @RequestParam String projectId, @RequestParam String decision,
                  @RequestParam(required = false) String note, Model model) {
        requireFinanceUser(person);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        try {
            services.commission().post().uri("/api/v1/projects/{p}/adjustments/{a}/approval", projectId, adjustmentId)
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
            return redirect("/finance/adjustments", projectId, "decided");
        } catch (RestClientResponseException refused) {
            List<Problems.FieldError> errors = new ArrayList<>();
            if (refused.getStatusCode().value() == 409) {
                // the four eyes: the proposer cannot decide their own adjustment
                errors.add(new Problems.FieldError(null, "console.error.adjustment.ownProposal"));
            } else {
                errors.addAll(Problems.of(refused));
            }
            model.addAttribute("status", refused.getStatusCode().value());
            model.addAttribute("errors", errors);
            fillAdjustments(person, projectId, model, Map.of());
            return "finance/adjustments";
        }
    }

    @PostMapping("/finance/statements/{statementId}/inquiries")
    String raise(@ModelAttribute("person") Person person, @PathVariable String statementId,
                 @RequestParam(required = false) String lineKey, @RequestParam(required = false) String question,
                 Model model) {
        if (person == null || !person.is("CHANNEL_MANAGER")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        JsonNode statement = services.commission().get().uri("/api/v1/statements/{id}", statementId).retrieve()
                .body(JsonNode.class);
        String projectId = statement.path("projectId").asText();
        List<Problems.FieldError> errors = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statementId", statementId);
        body.put("lineKey", required("lineKey", lineKey, errors));
        body.put("question", required("question", question, errors));
        if (errors.isEmpty() && sent("/api/v1/projects/{p}/inquiries", body, errors, model, projectId)) {
            return redirect("/finance/inquiries", projectId, "raised");
        }
        model.addAttribute("errors", errors);
        projectOr(projectId, projects(statements()), model);
        fillInquiries(projectId, model);
        return "finance/inquiries";
    }

    @GetMapping("/finance/inquiries")
    String inquiries(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                     Model model) {
        requireFinance(person);
        String project = projectOr(projectId, projects(statements()), model);
        fillInquiries(project, model);
        return "finance/inquiries";
    }

    @PostMapping("/finance/inquiries/{inquiryId}/answer")
    String answer(@ModelAttribute("person") Person person, @PathVariable String inquiryId,
                  @RequestParam String projectId, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String answer, @RequestParam(required = false) String direction,
                  @RequestParam(required = false) String amount, Model model) {
        requireFinanceUser(person);
        List<Problems.FieldError> errors = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", required("outcome", outcome, errors));
        body.put("answer", required("answer", answer, errors));
        if ("ADJUSTMENT".equals(outcome)) {
            body.put("direction", required("direction", direction, errors));
            body.put("amount", yuan(amount, errors));
        }
        if (errors.isEmpty()
                && sent("/api/v1/projects/{p}/inquiries/{i}/answer", body, errors, model, projectId, inquiryId)) {
            return redirect("/finance/inquiries", projectId, "answered");
        }
        model.addAttribute("errors", errors);
        projectOr(projectId, projects(statements()), model);
        fillInquiries(projectId, model);
        return "finance/inquiries";
    }

    /** Posts to the commission service; a refusal becomes the form's errors and status, and false. */
    private boolean sent(String uri, Map<String, Object> body, List<Problems.FieldError> errors, Model model,
                         Object... ids) {
        try {
            services.commission().post().uri(uri, ids).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                    .toBodilessEntity();
            return true;
        } catch (RestClientResponseException refused) {
            errors.addAll(Problems.of(refused));
            model.addAttribute("status", refused.getStatusCode().value());
            return false;
        }
    }

    private void fillAdjustments(Person person, String projectId, Model model, Map<String, String> typed) {
        JsonNode statements = statements();
        TreeSet<String> projects = projects(statements);
        String project = projectOr(projectId, projects, model);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (project != null) {
            for (JsonNode a : services.commission().get().uri("/api/v1/projects/{p}/adjustments", project).retrieve()
                    .body(JsonNode.class)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("a", a);
                row.put("amount", Money.yuan("DEBIT".equals(a.path("direction").asText())
                        ? new java.math.BigDecimal(a.path("amount").asText("0")).negate()
                        : new java.math.BigDecimal(a.path("amount").asText("0"))));
                row.put("proposedAt", Verdicts.shanghai(a.path("proposedAt").asText(null)));
                row.put("decidedAt", Verdicts.shanghai(a.path("decidedAt").asText(null)));
                // the proposer sees their own proposal waiting for someone else
                row.put("mine", person.username().equals(a.path("proposedBy").asText()));
                rows.add(row);
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("channels", channels(statements, project));
        model.addAttribute("typed", typed);
    }

    private void fillInquiries(String projectId, Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (projectId != null) {
            for (JsonNode i : services.commission().get().uri("/api/v1/projects/{p}/inquiries", projectId).retrieve()
                    .body(JsonNode.class)) {
                rows.add(Map.of("i", i, "raisedAt", String.valueOf(Verdicts.shanghai(i.path("raisedAt").asText(null))),
                        "answeredAt", String.valueOf(Verdicts.shanghai(i.path("answeredAt").asText(null)))));
            }
        }
        model.addAttribute("projectId", projectId);
        model.addAttribute("rows", rows);
    }

    /** Finance reads no master data: the projects and channels are those its statements name (read once a page). */
    private JsonNode statements() {
        return services.commission().get().uri("/api/v1/statements").retrieve().body(JsonNode.class);
    }

    private static TreeSet<String> projects(JsonNode statements) {
        TreeSet<String> projects = new TreeSet<>();
        statements.forEach(s -> projects.add(s.path("projectId").asText()));
        return projects;
    }

    private static TreeSet<String> channels(JsonNode statements, String project) {
        TreeSet<String> channels = new TreeSet<>();
        statements.forEach(s -> {
            if (s.path("projectId").asText().equals(project)) {
                channels.add(s.path("channelId").asText());
            }
        });
        return channels;
    }

    private static String projectOr(String projectId, TreeSet<String> projects, Model model) {
        String project = projectId != null && !projectId.isBlank() ? projectId.strip()
                : projects.isEmpty() ? null : projects.first();
        model.addAttribute("projects", projects);
        model.addAttribute("projectId", project);
        return project;
    }

    private static String required(String field, String value, List<Problems.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problems.FieldError(field, "console.error.required"));
            return null;
        }
        return value.strip();
    }

    /** Yuan as typed (4691.36, 4,691.36, ¥4,691.36), sent as a number. */
    private static java.math.BigDecimal yuan(String typed, List<Problems.FieldError> errors) {
        int before = errors.size();
        String plain = DeskPurchasesController.amount(typed, errors);
        return errors.size() > before ? null : new java.math.BigDecimal(plain);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String redirect(String path, String projectId, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("projectId", projectId)
                .queryParam(done, true).encode().toUriString();
    }

    /** Adjustments and answers are finance's own: a channel manager reads statements but adjusts nothing. */
    private static void requireFinanceUser(Person person) {
        if (person == null || !person.is("FINANCE")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static void requireFinance(Person person) {
        if (person == null || !person.finance()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
