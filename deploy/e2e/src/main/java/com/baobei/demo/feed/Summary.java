package com.baobei.demo.feed;

import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Step;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a new user reads after the demo: the month's outcome in a page, with the links to look further. */
public final class Summary {

    private final Month month;
    private final Feeder feeder;
    private final Outcomes outcomes;
    private final Services services;
    private final PrintStream out;

    public Summary(Month month, Feeder feeder, Outcomes outcomes, Services services, PrintStream out) {
        this.month = month;
        this.feeder = feeder;
        this.outcomes = outcomes;
        this.services = services;
        this.out = out;
    }

    public void print(Duration fedIn) {
        out.printf("%nA month at the sales offices: %s to %s (seed %d), fed through the REST APIs in %d s%n",
                month.firstDay(), month.lastDay(), month.seed(), fedIn.toSeconds());
        projects();
        registrations();
        clients();
        purchases();
        disputes();
        reports();
        statements();
        links();
    }

    private void projects() {
        out.println();
        out.println("Projects");
        for (Project p : month.projects()) {
            String tenant = month.tenants().stream().filter(t -> t.id().equals(p.tenantId())).findFirst()
                    .orElseThrow().name();
            out.printf("  %-12s %s (%s): %s; channels %s%n", p.id(), p.name(), tenant, p.policy().describe(),
                    String.join(", ", p.channelIds()));
            String preset = feeder.presetLine(p.id());
            if (preset != null) {
                out.printf("  %-12s policy from %s%n", "", preset);
            }
        }
    }

    private void registrations() {
        long live = month.steps(Step.Register.class).stream().filter(Step.Register::live).count();
        out.println();
        out.printf("Registrations: %d (%d imported from the channels' systems with their own times, %d today "
                + "through POST /api/v1/registrations)%n", outcomes.verdicts().size(),
                outcomes.verdicts().size() - live, live);
        Map<String, Map<String, Integer>> byVerdict = new TreeMap<>();
        for (JsonNode v : outcomes.verdicts().values()) {
            JsonNode verdict = v.path("verdict");
            String rule = verdict.path("explanation").path("ruleIds").path(0).asText("-");
            byVerdict.computeIfAbsent(verdict.path("verdict").asText(), k -> new TreeMap<>()).merge(rule, 1, Integer::sum);
        }
        byVerdict.forEach((verdict, rules) -> out.printf("  %-9s %4d   by rule: %s%n", verdict,
                rules.values().stream().mapToInt(Integer::intValue).sum(), join(rules)));
        Map<String, Integer> refused = new TreeMap<>();
        feeder.refused().forEach(r -> refused.merge("ID-1 " + r.field(), 1, Integer::sum));
        out.printf("  %-9s %4d   refused at intake with HTTP 400 naming the field: %s%n", "REFUSED",
                feeder.refused().size(), join(refused));
    }

    private void clients() {
        out.println();
        out.printf("Clients by owner (%d clients)%n", outcomes.clients().size());
        for (Project p : month.projects()) {
            Map<String, Map<String, Integer>> byOwner = new TreeMap<>();
            outcomes.clients().forEach((key, current) -> {
                if (key.contains(":" + p.id() + ":")) {
                    String owner = switch (current.path("ownerKind").asText()) {
                        case "CHANNEL" -> current.path("channelId").asText();
                        case "OFFICE" -> "(sales office)";
                        default -> "(nobody)";
                    };
                    byOwner.computeIfAbsent(owner, o -> new TreeMap<>())
                            .merge(current.path("status").asText(), 1, Integer::sum);
                }
            });
            out.printf("  %s%n", p.id());
            byOwner.forEach((owner, statuses) -> out.printf("    %-16s %-18s %s%n", owner, channelName(owner),
                    join(statuses)));
        }
    }

    private void purchases() {
        out.println();
        Map<String, List<JsonNode>> byChannel = outcomes.purchases().values().stream()
                .collect(Collectors.groupingBy(a -> a.path("channelId").asText("(no channel)"), TreeMap::new,
                        Collectors.toList()));
        out.printf("Purchases: %d (%d cancelled)%n", outcomes.purchases().size(),
                outcomes.purchases().values().stream().filter(a -> a.hasNonNull("cancelledAt")).count());
        byChannel.forEach((channel, deals) -> {
            Map<String, Integer> rules = new TreeMap<>();
            deals.forEach(d -> rules.merge(d.path("explanation").path("ruleIds").path(0).asText("-"), 1,
                    Integer::sum));
            out.printf("  %-16s %-18s %3d  by rule: %s%n", channel, channelName(channel), deals.size(), join(rules));
        });
    }

    private void disputes() {
        out.println();
        out.printf("Disputes and rulings: %d%n", outcomes.disputes().size());
        for (Step.Dispute d : month.steps(Step.Dispute.class)) {
            JsonNode decision = outcomes.disputes().get(feeder.disputeId(d.ref()));
            if (decision == null) {
                out.printf("  %-12s %-10s %s: not decided yet%n", d.projectId(), d.channelId(), d.kind());
                continue;
            }
            String owner = decision.path("proposedOwnerChannelId").asText("(sales office)");
            JsonNode why = decision.path("explanation");
            out.printf("  %-12s %-10s %-10s %s %s -> %-8s owner %-14s %s%n      %s%n", d.projectId(), d.channelId(),
                    d.kind(), d.client().surname(), d.client().maskedPhone(), decision.path("status").asText(),
                    owner, why.path("ruleIds"), why.path("reasonEn").asText());
        }
    }

    /** RPT-1: each channel's evening report (日报) of the month's last day, and the month, from the report API. */
    private void reports() {
        out.println();
        out.printf("Channel daily report (渠道日报, RPT-1) of %s, the same counts REG-6 judges%n", month.lastDay());
        table(outcomes.lastDay(), Map.of());
        out.println();
        out.printf("The month per channel (RPT-1), %s to %s; commission earned from the commission service%n",
                month.firstDay(), month.lastDay());
        table(outcomes.wholeMonth(), outcomes.earned());
        out.printf("  As CSV for Excel: %s%n", services.attribution().resolve("/api/v1/projects/"
                + month.projects().get(0).id() + "/reports?from=" + month.lastDay() + "&format=csv"));
    }

    private void table(Map<String, JsonNode> byProject, Map<String, JsonNode> earned) {
        out.printf("  %-12s %-12s %5s %5s %-22s %5s %5s %6s %5s %5s %6s %5s %14s%n", "project", "channel", "regs", "acc",
                "rejected by rule", "clnt", "visit", "rate%", "subs", "cont", "conv%", "poor", "commission");
        byProject.forEach((project, rows) -> rows.forEach(r -> {
            String commission = "";
            for (JsonNode e : earned.getOrDefault(project, com.fasterxml.jackson.databind.node.MissingNode.getInstance())) {
                if (e.path("channelId").asText().equals(r.path("channelId").asText())) {
                    commission = e.path("commission").asText();
                }
            }
            Map<String, Integer> rules = new TreeMap<>();
            r.path("rejectedByRule").fields().forEachRemaining(e -> rules.put(e.getKey(), e.getValue().asInt()));
            out.printf("  %-12s %-12s %5d %5d %-22s %5d %5d %6s %5d %5d %6s %5d %14s%n", project,
                    r.path("channelId").asText(), r.path("registrations").asInt(), r.path("accepted").asInt(),
                    rules.isEmpty() ? "-" : join(rules), r.path("clients").asInt(), r.path("visits").asInt(),
                    r.path("visitRatePercent").asText("-"), r.path("subscriptions").asInt(),
                    r.path("contracts").asInt(), r.path("conversionPercent").asText("-"), r.path("reg6PoorDays").asInt(),
                    commission);
        }));
    }

    private void statements() {
        out.println();
        out.printf("Statements of the settlement period %s to %s, issued by finance (COM-5: they never change)%n",
                month.firstDay(), month.lastDay());
        out.printf("  %-12s %-12s %5s %16s %14s %12s %16s%n", "project", "channel", "deals", "gross", "adjustments",
                "fines", "net payable");
        List<JsonNode> later = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode s : outcomes.statements().values()) {
            if (!s.path("period").path("start").asText().equals(month.firstDay().toString())) {
                later.add(s);
                continue;
            }
            JsonNode t = s.path("totals");
            total = total.add(new BigDecimal(t.path("netPayable").asText("0")));
            out.printf("  %-12s %-12s %5d %16s %14s %12s %16s  %s%n", s.path("projectId").asText(),
                    s.path("channelId").asText(), t.path("dealCount").asInt(), t.path("gross").asText(),
                    t.path("adjustments").asText(), t.path("fines").asText(), t.path("netPayable").asText(),
                    s.path("state").asText());
        }
        out.printf("  %-12s %-12s %5s %16s %14s %12s %16s%n", "", "total", "", "", "", "", total.toPlainString());
        out.println("  Each one as CSV (UTF-8 with BOM, opens in Excel) and XLSX:");
        for (JsonNode s : outcomes.statements().values()) {
            if (s.path("period").path("start").asText().equals(month.firstDay().toString())) {
                URI base = services.commission().resolve("/api/v1/statements/" + s.path("statementId").asText());
                out.printf("    %s/csv   %s/xlsx%n", base, base);
            }
        }
        if (!later.isEmpty()) {
            out.println("  Open statements of the current period (fines recorded today are deducted there, COM-4):");
            for (JsonNode s : later) {
                JsonNode t = s.path("totals");
                // a negative balance is carried to the channel's next statement, never paid back (ADR 0032)
                String carried = t.path("carriedForward").asText("0.00");
                String carry = new java.math.BigDecimal(carried).signum() == 0 ? ""
                        : ", carried to the next statement " + carried + " (上期结转)";
                out.printf("    %-12s %-12s fines %s, net payable %s%s (%s)%n", s.path("projectId").asText(),
                        s.path("channelId").asText(), t.path("fines").asText(), t.path("netPayable").asText(),
                        carry,
                        s.path("state").asText());
            }
        }
    }

    private void links() {
        out.println();
        out.println("Look further");
        out.printf("  Swagger UI   registration %s   visit %s%n", swagger(services.registration()),
                swagger(services.visit()));
        out.printf("               attribution  %s   commission %s%n", swagger(services.attribution()),
                swagger(services.commission()));
        Step.Register anyRegistration = month.steps(Step.Register.class).get(0);
        out.printf("  A verdict    %s%n", services.attribution().resolve("/api/v1/registrations/"
                + feeder.registrationId(anyRegistration.ref()) + "/verdict"));
        out.printf("  Disputes     %s%n", services.attribution().resolve("/api/v1/projects/"
                + month.projects().get(0).id() + "/disputes"));
        out.printf("  Statements   %s%n", services.commission().resolve("/api/v1/statements"));
    }

    private static URI swagger(URI service) {
        return service.resolve("/swagger-ui.html");
    }

    private String channelName(String id) {
        return month.channels().stream().filter(c -> c.id().equals(id)).map(Channel::name).findFirst().orElse("");
    }

    private static String join(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
