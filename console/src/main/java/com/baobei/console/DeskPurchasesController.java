package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.baobei.contracts.Texts;
import com.baobei.contracts.UnitType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * The desk's deals: the project's subscriptions (认购), their contracts (签约) and cancellations (退订/退房). The
 * buyer's full number is typed at the desk for each step, as on the visit form, and never shown back: the list and
 * the pages carry masked numbers only (the visit service logs every answer that holds a full one).
 */
@Controller
class DeskPurchasesController {

    private final ServiceClients services;

    DeskPurchasesController(ServiceClients services) {
        this.services = services;
    }

    /** What the desk typed, kept to show the form again with the errors (never the full number). */
    record PurchaseForm(String projectId, String unitId, String unitType, String amount, String buyerSurname,
                        String consultantId) {
    }

    @ModelAttribute("unitTypes")
    UnitType[] unitTypes() {
        return UnitType.values();
    }

    @GetMapping("/desk/purchases")
    String list(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                Model model) {
        requireDesk(person);
        String project = projectId == null || projectId.isBlank() ? person.projects().get(0) : projectId;
        model.addAttribute("projects", person.projects());
        model.addAttribute("projectId", project);
        model.addAttribute("purchases", rows(purchases(project)));
        return "desk/purchases";
    }

    @GetMapping("/desk/purchases/new")
    String newForm(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                   Model model) {
        requireDesk(person);
        String project = projectId == null || projectId.isBlank() ? person.projects().get(0) : projectId;
        fillForm(person, new PurchaseForm(project, "", "RESIDENTIAL", "", "", person.username()), model);
        return "desk/purchase-new";
    }

    @PostMapping("/desk/purchases")
    String subscribe(@ModelAttribute("person") Person person, PurchaseForm form,
                     @RequestParam(required = false) String buyerPhone, Model model) {
        requireDesk(person);
        List<Problems.FieldError> errors = new ArrayList<>();
        String phone = fullPhone(buyerPhone, errors);
        String amount = amount(form.amount(), errors);
        if (blank(form.unitId())) {
            errors.add(new Problems.FieldError("unitId", "console.error.unit.missing"));
        }
        if (blank(form.buyerSurname())) {
            errors.add(new Problems.FieldError("buyerSurname", "console.error.surname.missing"));
        }
        if (errors.isEmpty()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("projectId", form.projectId());
            request.put("stage", "SUBSCRIPTION");
            request.put("unitId", Texts.normalize(form.unitId()).strip());
            request.put("unitType", form.unitType());
            request.put("amount", amount);
            request.put("buyerSurname", Texts.normalize(form.buyerSurname()).strip());
            request.put("buyerPhone", phone);
            request.put("consultantId", blank(form.consultantId()) ? person.username() : form.consultantId());
            try {
                JsonNode created = services.visit().post().uri("/api/v1/purchases")
                        .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(JsonNode.class);
                return "redirect:/desk/purchases/" + created.path("purchaseId").asText() + "?projectId="
                        + form.projectId();
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        model.addAttribute("errors", errors);
        fillForm(person, form, model);
        return "desk/purchase-new";
    }

    @GetMapping("/desk/purchases/{purchaseId}")
    String one(@ModelAttribute("person") Person person, @PathVariable String purchaseId,
               @RequestParam String projectId, Model model) {
        requireDesk(person);
        fillPurchase(projectId, purchaseId, model);
        return "desk/purchase";
    }

    @PostMapping("/desk/purchases/{purchaseId}/contract")
    String contract(@ModelAttribute("person") Person person, @PathVariable String purchaseId,
                    @RequestParam String projectId, @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String buyerPhone, Model model) {
        requireDesk(person);
        JsonNode purchase = fillPurchase(projectId, purchaseId, model);
        List<Problems.FieldError> errors = new ArrayList<>();
        String phone = fullPhone(buyerPhone, errors);
        String price = amount(amount, errors);
        if (errors.isEmpty() && !PhoneNumbers.masked(phone).orElse("").equals(purchase.path("maskedPhone").asText())) {
            errors.add(new Problems.FieldError("buyerPhone", "console.error.buyerPhone.mismatch"));
        }
        if (errors.isEmpty()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("projectId", projectId);
            request.put("purchaseId", purchaseId);
            request.put("stage", "CONTRACT");
            request.put("unitId", purchase.path("unitId").asText());
            request.put("unitType", purchase.path("unitType").asText());
            request.put("amount", price);
            request.put("buyerSurname", purchase.path("buyerSurname").asText());
            request.put("buyerPhone", phone);
            request.put("consultantId", purchase.path("consultantId").asText());
            try {
                services.visit().post().uri("/api/v1/purchases").contentType(MediaType.APPLICATION_JSON)
                        .body(request).retrieve().toBodilessEntity();
                return "redirect:/desk/purchases/" + purchaseId + "?projectId=" + projectId;
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        model.addAttribute("errors", errors);
        return "desk/purchase";
    }

    @PostMapping("/desk/purchases/{purchaseId}/cancellation")
    String cancel(@ModelAttribute("person") Person person, @PathVariable String purchaseId,
                  @RequestParam String projectId, @RequestParam(required = false) String reason, Model model) {
        requireDesk(person);
        fillPurchase(projectId, purchaseId, model);
        List<Problems.FieldError> errors = new ArrayList<>();
        if (blank(reason)) {
            errors.add(new Problems.FieldError("reason", "console.error.cancelReason.missing"));
        } else {
            try {
                services.visit().post().uri("/api/v1/purchases/{id}/cancellation", purchaseId)
                        .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", Texts.normalize(reason).strip()))
                        .retrieve().toBodilessEntity();
                return "redirect:/desk/purchases/" + purchaseId + "?projectId=" + projectId;
            } catch (RestClientResponseException refused) {
                errors.addAll(Problems.of(refused));
                model.addAttribute("status", refused.getStatusCode().value());
            }
        }
        model.addAttribute("errors", errors);
        return "desk/purchase";
    }

    private JsonNode fillPurchase(String projectId, String purchaseId, Model model) {
        // from the project's list, which holds masked numbers only, rather than the one purchase's read, which
        // reveals (and logs) the full number the page would not show anyway
        JsonNode purchase = null;
        for (JsonNode candidate : purchases(projectId)) {
            if (candidate.path("purchaseId").asText().equals(purchaseId)) {
                purchase = candidate;
            }
        }
        if (purchase == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("purchase", row(purchase));
        model.addAttribute("projectId", projectId);
        return purchase;
    }

    private JsonNode purchases(String projectId) {
        return services.visit().get().uri("/api/v1/purchases?projectId={p}&limit=200", projectId).retrieve()
                .body(JsonNode.class);
    }

    private static List<Map<String, Object>> rows(JsonNode purchases) {
        List<Map<String, Object>> rows = new ArrayList<>();
        purchases.forEach(p -> rows.add(row(p)));
        return rows;
    }

    private static Map<String, Object> row(JsonNode p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("purchase", p);
        row.put("amount", Money.yuan(p.path("amount")));
        row.put("subscribedAt", Verdicts.shanghai(p.path("subscribedAt").asText(null)));
        row.put("contractedAt", Verdicts.shanghai(p.path("contractedAt").asText(null)));
        row.put("cancelledAt", Verdicts.shanghai(p.path("cancelledAt").asText(null)));
        row.put("state", p.path("cancelled").asBoolean() ? "CANCELLED" : p.path("stage").asText());
        return row;
    }

    private void fillForm(Person person, PurchaseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("projects", person.projects());
        List<String> consultants = new ArrayList<>();
        services.registration().get().uri("/api/v1/master-data/projects/{p}/consultants", form.projectId())
                .retrieve().body(JsonNode.class).forEach(c -> consultants.add(c.path("consultantId").asText()));
        model.addAttribute("consultants", consultants);
    }

    /** The buyer's full number as typed (spaces, dashes, full-width digits), or an error. */
    private static String fullPhone(String typed, List<Problems.FieldError> errors) {
        String full = typed == null ? "" : Texts.normalize(typed).replaceAll("[\\s\\-]", "");
        if (!full.matches("1[3-9]\\d{9}")) {
            errors.add(new Problems.FieldError("buyerPhone", "console.error.fullPhone.invalid"));
        }
        return full;
    }

    /** Yuan as the desk types them: 3280000, 3,280,000.00 or ¥3,280,000; at most two decimals. */
    static String amount(String typed, List<Problems.FieldError> errors) {
        String plain = typed == null ? "" : Texts.normalize(typed).replaceAll("[\\s,¥￥]", "");
        if (!plain.matches("\\d{1,13}(\\.\\d{1,2})?") || Optional.of(plain).filter(a -> a.matches("0+(\\.0+)?"))
                .isPresent()) {
            errors.add(new Problems.FieldError("amount", "console.error.amount.invalid"));
        }
        return plain;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void requireDesk(Person person) {
        if (person == null || !person.desk()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
