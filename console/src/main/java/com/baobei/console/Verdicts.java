package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/** A registration's verdict from the attribution service, as the pages show it, in the page's language. */
@Component
class Verdicts {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceClients services;

    Verdicts(ServiceClients services) {
        this.services = services;
    }

    /** Status, reason, rule ids, protection end and days left (ACCEPTED only); whose client (channel, agent). */
    record View(String status, String reason, List<String> ruleIds, String validUntil, Long daysLeft,
                String channelId, String agentId) {
    }

    /** Empty while the attribution service has not decided yet. */
    Optional<View> of(String registrationId, Locale locale) {
        JsonNode body;
        try {
            body = services.attribution().get().uri("/api/v1/registrations/{id}/verdict", registrationId)
                    .retrieve().body(JsonNode.class);
        } catch (HttpClientErrorException.NotFound notYet) {
            return Optional.empty();
        }
        return Optional.of(view(body, locale));
    }

    /**
     * The verdicts of many registrations in one call (at most 100 per call, so several for a longer list), by
     * registration id; those not decided yet are missing.
     */
    Map<String, View> of(String projectId, List<String> registrationIds, Locale locale) {
        Map<String, View> views = new HashMap<>();
        for (int from = 0; from < registrationIds.size(); from += 100) {
            List<String> part = registrationIds.subList(from, Math.min(from + 100, registrationIds.size()));
            JsonNode found = services.attribution().get()
                    .uri("/api/v1/projects/{p}/verdicts?ids={ids}", projectId, String.join(",", part))
                    .retrieve().body(JsonNode.class);
            found.forEach(body -> views.put(body.path("registrationId").asText(), view(body, locale)));
        }
        return views;
    }

    private static View view(JsonNode body, Locale locale) {
        JsonNode verdict = body.path("verdict");
        JsonNode explanation = verdict.path("explanation");
        List<String> rules = new ArrayList<>();
        explanation.path("ruleIds").forEach(rule -> rules.add(rule.asText()));
        boolean english = "en".equals(locale.getLanguage());
        String reason = explanation.path(english ? "reasonEn" : "reasonZh").asText("");
        String validUntil = verdict.path("validUntil").asText(null);
        Long daysLeft = null;
        if (validUntil != null && "ACCEPTED".equals(verdict.path("verdict").asText())) {
            // started days count: 18 hours left is "1 day", as an agent planning a visit reads it, not "0 days"
            long seconds = Duration.between(Instant.now(), Instant.parse(validUntil)).toSeconds();
            daysLeft = Math.max(0, (seconds + 86_399) / 86_400);
        }
        return new View(verdict.path("verdict").asText(), reason, rules, shanghai(validUntil), daysLeft,
                verdict.path("channelId").asText(null), verdict.path("agentId").asText(null));
    }

    /** An instant as Beijing time to the minute, as people at a sales office read it. */
    static String shanghai(String instant) {
        if (instant == null || instant.isBlank() || "null".equals(instant)) {
            return null;
        }
        return MINUTES.format(Instant.parse(instant).atZone(SHANGHAI));
    }
}
