package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The channel manager's evening report (渠道日报, RPT-1): one project's office day for their channel and each of its
 * agents, as the attribution service counts it (the counts REG-6 judges) with the commission the commission
 * service gives the day's deals; the CSV the office collects, fetched with the person's token.
 */
@Controller
class DailyReportController {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final ServiceClients services;
    private final AgentDirectory directory;

    DailyReportController(ServiceClients services, AgentDirectory directory) {
        this.services = services;
        this.directory = directory;
    }

    @GetMapping("/channel/daily-report")
    String report(@ModelAttribute("person") Person person, @RequestParam(required = false) String projectId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  Model model) {
        requireManager(person);
        LocalDate date = day != null ? day : LocalDate.now(OFFICE);
        // picked from the channel's projects, the first one at first: a channel manager never types an id
        java.util.List<JsonNode> projects = directory.projects();
        if ((projectId == null || projectId.isBlank()) && !projects.isEmpty()) {
            projectId = projects.get(0).path("projectId").asText();
        }
        model.addAttribute("projects", projects);
        model.addAttribute("day", date);
        model.addAttribute("projectId", projectId);
        if (projectId == null || projectId.isBlank()) {
            model.addAttribute("channel", null);
            model.addAttribute("agents", java.util.List.of());
            return "channel/daily-report";
        }
        JsonNode channel = rows(projectId, date, "channel");
        JsonNode agents = rows(projectId, date, "agent");
        Map<String, String> earned = new LinkedHashMap<>();
        for (JsonNode row : services.commission().get()
                .uri("/api/v1/projects/{p}/reports/commission?by=agent&from={d}", projectId, date)
                .retrieve().body(JsonNode.class)) {
            earned.put(row.path("agentId").asText(), row.path("commission").asText());
        }
        model.addAttribute("channel", channel.isEmpty() ? null : channel.get(0));
        model.addAttribute("agents", agents);
        model.addAttribute("earned", earned);
        return "channel/daily-report";
    }

    @GetMapping("/channel/daily-report/{format:csv|xlsx}")
    ResponseEntity<byte[]> file(@ModelAttribute("person") Person person, @PathVariable String format,
                                @RequestParam String projectId,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        requireManager(person);
        byte[] body = services.attribution().get()
                .uri("/api/v1/projects/{p}/reports?by=agent&format={f}&from={d}", projectId, format, day)
                .retrieve().body(byte[].class);
        String name = ("daily-report-" + projectId + "-" + day).replaceAll("[^A-Za-z0-9._-]", "_") + "." + format;
        MediaType type = format.equals("csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private JsonNode rows(String projectId, LocalDate day, String by) {
        return services.attribution().get().uri("/api/v1/projects/{p}/reports?by={b}&from={d}", projectId, by, day)
                .retrieve().body(JsonNode.class);
    }

    private static void requireManager(Person person) {
        if (person == null || !person.is("CHANNEL_MANAGER")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
