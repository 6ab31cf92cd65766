package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * Finance's desktop pages: statements by project, period and channel; one statement's lines and totals with the
 * deal and its attribution behind each line; issuing with a confirmation; the CSV and XLSX fetched by the console
 * with the person's token (the browser never holds a service token); the fines.
 */
@Controller
class FinanceController {

    private final ServiceClients services;

    FinanceController(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/finance/statements")
    String statements(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                      @RequestParam(required = false) String channelId, @RequestParam(required = false) String period,
                      Model model) {
        requireFinance(person);
        // finance reads no master data: the choices are what the statements themselves name
        JsonNode all = services.commission().get().uri("/api/v1/statements").retrieve().body(JsonNode.class);
        TreeSet<String> projects = new TreeSet<>();
        TreeSet<String> channels = new TreeSet<>();
        TreeSet<String> periods = new TreeSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode s : all) {
            projects.add(s.path("projectId").asText());
            channels.add(s.path("channelId").asText());
            String label = periodOf(s);
            periods.add(label);
            if (matches(projectId, s.path("projectId").asText()) && matches(channelId, s.path("channelId").asText())
                    && matches(period, label)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("statement", s);
                row.put("period", label);
                row.put("net", Money.yuan(s.path("totals").path("netPayable")));
                row.put("issuedAt", Verdicts.shanghai(s.path("issuedAt").asText(null)));
                rows.add(row);
            }
        }
        model.addAttribute("projects", projects);
        model.addAttribute("channels", channels);
        model.addAttribute("periods", periods.descendingSet());
        model.addAttribute("projectId", projectId);
        model.addAttribute("channelId", channelId);
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        return "finance/statements";
    }

    @GetMapping("/finance/statements/{statementId}")
    String statement(@ModelAttribute("person") Person person, @PathVariable String statementId, Model model) {
        requireFinance(person);
        fillStatement(statementId, model);
        return "finance/statement";
    }

    /** The confirmation: what will be frozen, and one button to go on. */
    @GetMapping("/finance/statements/{statementId}/issue")
    String confirmIssue(@ModelAttribute("person") Person person, @PathVariable String statementId, Model model) {
        requireFinance(person);
        fillStatement(statementId, model);
        return "finance/issue";
    }

    @PostMapping("/finance/statements/{statementId}/issue")
    String issue(@ModelAttribute("person") Person person, @PathVariable String statementId, Model model) {
        requireFinance(person);
        try {
            services.commission().post().uri("/api/v1/statements/{id}/issue", statementId).retrieve()
                    .toBodilessEntity();
            return "redirect:/finance/statements/" + statementId + "?issued=true";
        } catch (RestClientResponseException refused) {
            fillStatement(statementId, model);
            List<Problems.FieldError> errors = new ArrayList<>();
            int status = refused.getStatusCode().value();
            if (status == 409) {
                errors.add(new Problems.FieldError(null, "console.error.statement.issued"));
            } else if (status == 422) {
                errors.add(new Problems.FieldError(null, "console.error.statement.notEnded"));
                errors.addAll(Problems.of(refused));
            } else {
                errors.addAll(Problems.of(refused));
            }
            model.addAttribute("status", status);
            model.addAttribute("errors", errors);
            return "finance/issue";
        }
    }

    @GetMapping("/finance/statements/{statementId}/xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("person") Person person, @PathVariable String statementId) {
        return file(person, statementId, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/finance/statements/{statementId}/csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("person") Person person, @PathVariable String statementId) {
        return file(person, statementId, "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    /** The file as the commission service wrote it, fetched with the person's token and handed on unchanged. */
    private ResponseEntity<byte[]> file(Person person, String statementId, String extension, MediaType type) {
        requireFinance(person);
        byte[] body = services.commission().get().uri("/api/v1/statements/{id}/" + extension, statementId)
                .retrieve().body(byte[].class);
        String name = "statement-" + statementId.replace(':', '_') + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    /** A deal of a statement: the purchase's attribution with its explanation, as the attribution service has it. */
    @GetMapping("/finance/deals")
    String deal(@ModelAttribute("person") Person person, @RequestParam String projectId,
                @RequestParam String purchaseId, @RequestParam(required = false) String statementId, Model model,
                Locale locale) {
        requireFinance(person);
        JsonNode found = null;
        JsonNode list = services.attribution().get().uri("/api/v1/projects/{p}/purchases", projectId).retrieve()
                .body(JsonNode.class);
        for (JsonNode purchase : list) {
            if (purchaseId.equals(purchase.path("purchaseId").asText())) {
                found = purchase;
            }
        }
        model.addAttribute("projectId", projectId);
        model.addAttribute("purchaseId", purchaseId);
        model.addAttribute("statementId", statementId);
        model.addAttribute("purchase", found);
        model.addAttribute("amount", found == null ? null : Money.yuan(found.path("attribution").path("amount")));
        model.addAttribute("explained", found == null ? null
                : Explained.of(found.path("attribution").path("explanation"), locale));
        return "finance/deal";
    }

    @GetMapping("/finance/fines")
    String fines(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                 @RequestParam(required = false) String channelId, Model model) {
        requireFinance(person);
        JsonNode list = services.commission().get().uri(uri -> {
            uri.path("/api/v1/fines");
            if (projectId != null && !projectId.isBlank()) {
                uri.queryParam("projectId", projectId);
            }
            if (channelId != null && !channelId.isBlank()) {
                uri.queryParam("channelId", channelId);
            }
            return uri.build();
        }).retrieve().body(JsonNode.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode fine : list) {
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            for (JsonNode charge : fine.path("charges")) {
                total = total.add(new java.math.BigDecimal(charge.path("amount").asText("0")));
            }
            // a fine is a deduction: shown negative, as on the statement (issue 14)
            rows.add(Map.of("fine", fine, "amount", Money.yuan(total.abs().negate()),
                    "recordedAt", String.valueOf(Verdicts.shanghai(fine.path("recordedAt").asText(null)))));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("projectId", projectId);
        model.addAttribute("channelId", channelId);
        return "finance/fines";
    }

    private void fillStatement(String statementId, Model model) {
        JsonNode s = services.commission().get().uri("/api/v1/statements/{id}", statementId).retrieve()
                .body(JsonNode.class);
        List<Map<String, Object>> deals = new ArrayList<>();
        for (JsonNode deal : s.path("deals")) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", deal);
            line.put("dealAmount", Money.yuan(deal.path("dealAmount")));
            line.put("commission", Money.yuan(deal.path("commission")));
            line.put("accruedAt", Verdicts.shanghai(deal.path("accruedAt").asText(null)));
            // the attribution's rules (why the deal is the channel's), then the commission's (what it earns)
            List<String> rules = new ArrayList<>();
            deal.path("attributionRuleIds").forEach(rule -> rules.add(rule.asText()));
            deal.path("ruleIds").forEach(rule -> rules.add(rule.asText()));
            line.put("rules", String.join(", ", rules));
            deals.add(line);
        }
        List<Map<String, Object>> adjustments = new ArrayList<>();
        for (JsonNode adjustment : s.path("adjustments")) {
            adjustments.add(Map.of("line", adjustment, "amount", Money.yuan(adjustment.path("amount"))));
        }
        List<Map<String, Object>> charges = new ArrayList<>();
        for (JsonNode charge : s.path("charges")) {
            charges.add(Map.of("line", charge, "amount", Money.yuan(charge.path("amount"))));
        }
        JsonNode totals = s.path("totals");
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("gross", Money.yuan(totals.path("gross")));
        sums.put("adjustments", Money.yuan(totals.path("adjustments")));
        sums.put("fines", Money.yuan(totals.path("fines")));
        sums.put("carriedIn", Money.yuan(totals.path("carriedIn")));
        sums.put("netPayable", Money.yuan(totals.path("netPayable")));
        sums.put("carriedForward", Money.yuan(totals.path("carriedForward")));
        // the lines a channel may question (an inquiry names one by its key, ADR 0032)
        List<Map<String, String>> lineKeys = new ArrayList<>();
        for (JsonNode deal : s.path("deals")) {
            lineKeys.add(Map.of("key", "deal:" + deal.path("purchaseId").asText(),
                    "label", deal.path("purchaseId").asText() + " · " + Money.yuan(deal.path("commission"))));
        }
        for (String list : List.of("adjustments", "charges")) {
            for (JsonNode line : s.path(list)) {
                lineKeys.add(Map.of("key", line.path("key").asText(),
                        "label", line.path("key").asText() + " · " + Money.yuan(line.path("amount"))));
            }
        }
        model.addAttribute("lineKeys", lineKeys);
        model.addAttribute("statement", s);
        model.addAttribute("period", periodOf(s));
        model.addAttribute("issuedAt", Verdicts.shanghai(s.path("issuedAt").asText(null)));
        model.addAttribute("deals", deals);
        model.addAttribute("adjustments", adjustments);
        model.addAttribute("charges", charges);
        model.addAttribute("totals", sums);
    }

    /** A settlement period as the commission service labels it: 2024-03, or its first and last day. */
    private static String periodOf(JsonNode statement) {
        JsonNode period = statement.path("period");
        return period.path("label").asText(period.path("start").asText() + ".." + period.path("end").asText());
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equals(value);
    }

    private static void requireFinance(Person person) {
        if (person == null || !person.finance()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
