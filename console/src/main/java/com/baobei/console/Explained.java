package com.baobei.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A decision's explanation as the pages show it: the rule ids and the reason in the page's language. Public, as
 * the templates' expressions call only public methods.
 */
public record Explained(List<String> ruleIds, String reason) {

    static Explained of(JsonNode explanation, Locale locale) {
        List<String> rules = new ArrayList<>();
        explanation.path("ruleIds").forEach(rule -> rules.add(rule.asText()));
        boolean english = "en".equals(locale.getLanguage());
        return new Explained(rules, explanation.path(english ? "reasonEn" : "reasonZh").asText(""));
    }

    public String rules() {
        return String.join(", ", ruleIds);
    }
}
