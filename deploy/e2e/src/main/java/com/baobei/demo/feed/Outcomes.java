package com.baobei.demo.feed;

import com.baobei.demo.month.Month;
import com.baobei.demo.month.Person;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Step;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the services decided about a fed month, read back through their query APIs: the verdict of every
 * registration, the owner of every client, the attribution of every purchase, every dispute, every statement.
 *
 * @param verdicts   by registration ref: the attribution service's verdict view
 * @param clients    by client key: the current ownership
 * @param purchases  by purchase id: the attribution
 * @param disputes   by dispute id: status, proposal or ruling, explanation
 * @param statements by statement id: the commission service's summary
 * @param lastDay    by project id: RPT-1's channel rows of the month's last office day, as a site manager reads them
 * @param wholeMonth by project id: RPT-1's channel rows summed over the month
 * @param earned     by project id: RPT-1's commission earned per channel over the month, as finance reads it
 */
public record Outcomes(Map<String, JsonNode> verdicts, Map<String, JsonNode> clients, Map<String, JsonNode> purchases,
                       Map<String, JsonNode> disputes, Map<String, JsonNode> statements, Map<String, JsonNode> lastDay,
                       Map<String, JsonNode> wholeMonth, Map<String, JsonNode> earned) {

    public static Outcomes read(Api api, Services services, Feeder feeder) {
        Month month = feeder.month();
        Map<String, JsonNode> verdicts = new LinkedHashMap<>();
        for (Step.Register r : month.steps(Step.Register.class)) {
            String id = feeder.registrationId(r.ref());
            if (id != null) {
                // as the agent who registered would read it
                Api.Caller agent = Api.Caller.as(Users.agent(month.project(r.projectId()).tenantId(), r.agentId()));
                verdicts.put(r.ref(), api.get(services.attribution().resolve("/api/v1/registrations/" + id
                        + "/verdict"), agent).require("verdict of " + r.ref()).body());
            }
        }
        Map<String, JsonNode> clients = new TreeMap<>();
        Map<String, JsonNode> purchases = new TreeMap<>();
        Map<String, JsonNode> disputes = new TreeMap<>();
        Map<String, JsonNode> statements = new TreeMap<>();
        Map<String, JsonNode> lastDay = new LinkedHashMap<>();
        Map<String, JsonNode> wholeMonth = new LinkedHashMap<>();
        Map<String, JsonNode> earned = new LinkedHashMap<>();
        for (Project project : month.projects()) {
            Api.Caller admin = Api.Caller.as(Users.admin(project.tenantId()));
            Api.Caller finance = Api.Caller.as(Users.finance(project.tenantId()));
            for (String masked : maskedPhones(month, project.id())) {
                URI uri = services.attribution().resolve("/api/v1/projects/" + project.id() + "/clients?maskedPhone="
                        + URLEncoder.encode(masked, StandardCharsets.UTF_8));
                for (JsonNode client : api.get(uri, admin).require("clients " + masked).body()) {
                    clients.put(client.path("clientKey").asText(), client.path("current"));
                }
            }
            for (JsonNode purchase : list(api, admin, services.attribution(), "/api/v1/projects/" + project.id()
                    + "/purchases")) {
                purchases.put(purchase.path("purchaseId").asText(), purchase.path("attribution"));
            }
            for (JsonNode dispute : list(api, admin, services.attribution(), "/api/v1/projects/" + project.id()
                    + "/disputes")) {
                disputes.put(dispute.path("disputeId").asText(), dispute);
            }
            for (JsonNode statement : list(api, finance, services.commission(), "/api/v1/statements?projectId="
                    + project.id())) {
                statements.put(statement.path("statementId").asText(), statement);
            }
        }
        for (Project project : month.projects()) {
            Api.Caller admin = Api.Caller.as(Users.admin(project.tenantId()));
            String report = "/api/v1/projects/" + project.id() + "/reports?by=channel&from=";
            lastDay.put(project.id(), api.get(services.attribution().resolve(report + month.lastDay() + "&to="
                    + month.lastDay()), admin).require("RPT-1 report of " + project.id()).body());
            wholeMonth.put(project.id(), api.get(services.attribution().resolve(report + month.firstDay() + "&to="
                    + month.lastDay() + "&per=period"), admin).require("RPT-1 report of " + project.id()).body());
            earned.put(project.id(), api.get(services.commission().resolve("/api/v1/projects/" + project.id()
                    + "/reports/commission?per=period&from=" + month.firstDay() + "&to=" + month.lastDay()),
                    Api.Caller.as(Users.finance(project.tenantId()))).require("commission of " + project.id()).body());
        }
        return new Outcomes(verdicts, clients, purchases, disputes, statements, lastDay, wholeMonth, earned);
    }

    private static List<JsonNode> list(Api api, Api.Caller caller, URI base, String path) {
        List<JsonNode> items = new ArrayList<>();
        api.get(base.resolve(path), caller).require(path).body().forEach(items::add);
        return items;
    }

    /** Every masked number the month mentions in a project, in the order first mentioned. */
    static Set<String> maskedPhones(Month month, String projectId) {
        Set<String> masked = new LinkedHashSet<>();
        for (Step step : month.steps()) {
            if (!step.projectId().equals(projectId)) {
                continue;
            }
            Person person = step instanceof Step.Register r ? r.client()
                    : step instanceof Step.Visit v ? v.client()
                    : step instanceof Step.Subscribe s ? s.buyer() : null;
            if (person != null) {
                masked.add(person.maskedPhone());
            }
        }
        return masked;
    }

    /** Issues (role FINANCE) every open statement of the month's first settlement period; returns their ids. */
    public static List<String> issueMonth(Api api, Services services, Month month) {
        List<String> issued = new ArrayList<>();
        for (Project project : month.projects()) {
            Api.Caller finance = Api.Caller.as(Users.finance(project.tenantId()));
            for (JsonNode statement : list(api, finance, services.commission(), "/api/v1/statements?projectId=" + project.id()
                    + "&period=" + month.firstDay())) {
                String id = statement.path("statementId").asText();
                if (statement.path("state").asText().equals("OPEN")) {
                    Api.Response response = api.post(services.commission().resolve("/api/v1/statements/"
                            + id + "/issue"), finance, null);
                    if (response.status() != 409) {
                        response.require("issue " + id);
                    }
                }
                issued.add(id);
            }
        }
        return issued;
    }
}
