package com.baobei.demo.feed;

import com.baobei.demo.month.Agreement;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Step;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feeds a month through the public REST APIs, as the people would: finance sets agreements, the developer the
 * policies; importers bring each day's registrations from the channels' systems (their times are history),
 * the site manager sets the rotation, consultants and the site manager record visits, forms and purchases,
 * agents register live and raise disputes, managers rule, finance records fines. Remembers the ids the services
 * gave, so later steps can name earlier ones.
 */
public final class Feeder {

    private final Api api;
    private final Services services;
    private final Month month;
    private final String runKey;
    private final Map<String, String> registrationIds = new HashMap<>();
    private final Map<String, String> visitIds = new HashMap<>();
    private final Map<String, Step.Form> formsGiven = new HashMap<>();
    private final Map<String, String> disputeIds = new LinkedHashMap<>();
    private final List<Intake> refused = new ArrayList<>();
    private final Set<String> published = new HashSet<>();
    /** Project → the preset its policy started from and what it overrides, for the summary. */
    private final Map<String, String> presetLines = new HashMap<>();

    /** A registration the intake refused: the field the problem named, and the HTTP status. */
    public record Intake(String ref, int status, String field, String expectedField) {
    }

    public Feeder(Api api, Services services, Month month) {
        this.api = api;
        this.services = services;
        this.month = month;
        this.runKey = "m" + month.seed() + "-" + month.firstDay();
    }

    public Month month() {
        return month;
    }

    public String registrationId(String ref) {
        return registrationIds.get(ref);
    }

    public String visitId(String ref) {
        return visitIds.get(ref);
    }

    public String disputeId(String ref) {
        return disputeIds.get(ref);
    }

    public Map<String, String> disputeIds() {
        return disputeIds;
    }

    public List<Intake> refused() {
        return List.copyOf(refused);
    }

    /**
     * The facts the producers must have published for what was fed, as {@link PublishedFacts#key} keys: a
     * registration, a visit, a form signed, a subscription, a contract, a cancellation, a dispute, a ruling.
     */
    public Set<String> published() {
        return Set.copyOf(published);
    }

    /**
     * Master data (registration service, ADR 0014), policies (attribution) and agreements (commission): what must be
     * in place before the first event.
     */
    public void setUp() {
        MasterDataSheets.put(api, services, month);
        for (Project project : month.projects()) {
            putPolicy(project);
        }
        for (Agreement agreement : month.agreements()) {
            putAgreement(agreement);
        }
    }

    public void feed(List<Step> steps, Progress progress) {
        Set<String> imported = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step instanceof Step.Register r && !r.live()) {
                String group = r.projectId() + "@" + day(r);
                if (imported.add(group)) {
                    List<Step.Register> rows = new ArrayList<>();
                    for (int j = i; j < steps.size(); j++) {
                        if (steps.get(j) instanceof Step.Register other && !other.live()
                                && (other.projectId() + "@" + day(other)).equals(group)) {
                            rows.add(other);
                        }
                    }
                    importRegistrations(rows);
                    progress.advance(rows.size(), "registrations " + r.projectId() + " " + day(r));
                }
                continue;
            }
            apply(step);
            progress.advance(1, label(step));
        }
    }

    private LocalDate day(Step.Register r) {
        return LocalDate.ofInstant(r.at(), month.zone());
    }

    private void apply(Step step) {
        if (step instanceof Step.Rotation s) {
            rotation(s);
        } else if (step instanceof Step.Register s) {
            registerLive(s);
        } else if (step instanceof Step.BadRegistration s) {
            badRegistration(s);
        } else if (step instanceof Step.Visit s) {
            visit(s);
        } else if (step instanceof Step.SignForm s) {
            signForm(s);
        } else if (step instanceof Step.Subscribe s) {
            purchase(s, "SUBSCRIPTION", s.at());
        } else if (step instanceof Step.Contract s) {
            purchase(s.subscription(), "CONTRACT", s.at());
        } else if (step instanceof Step.Cancel s) {
            cancel(s);
        } else if (step instanceof Step.Dispute s) {
            dispute(s);
        } else if (step instanceof Step.Ruling s) {
            ruling(s);
        } else if (step instanceof Step.Fine s) {
            fine(s);
        }
    }

    private static String label(Step step) {
        return step.getClass().getSimpleName().toLowerCase() + " " + step.projectId()
                + (step.at() == null ? "" : " " + step.at().toString().substring(0, 10));
    }

    private String tenant(String projectId) {
        return month.project(projectId).tenantId();
    }

    private String key(String... parts) {
        return runKey + ":" + String.join(":", parts);
    }

    private void putPolicy(Project project) {
        URI uri = services.attribution().resolve("/api/v1/projects/" + project.id() + "/policy");
        Body wanted = Body.of()
                .with("effectiveFrom", project.policy().effectiveFrom())
                .with("preset", project.policy().preset())
                .with("validityMode", project.policy().validityMode())
                .with("validityDays", project.policy().validityDays())
                .with("openingDay", project.policy().openingDay())
                .with("protectionDays", project.policy().protectionDays())
                .with("renewalWindowDays", project.policy().renewalWindowDays());
        project.policy().pinned().forEach(wanted::with);
        Api.Caller admin = Api.Caller.as(Users.admin(project.tenantId()));
        if (project.policy().preset() != null) {
            presetLines.put(project.id(), presetLine(project.policy().preset(), wanted, admin));
        }
        // a PUT adds a version: feeding the same month again must not add another
        JsonNode current = api.get(uri, admin).require("policy of " + project.id()).body();
        JsonNode versions = current.path("versions");
        if (versions.size() > 1 && matches(versions.get(versions.size() - 1), wanted)) {
            return;
        }
        api.put(uri, admin, wanted).require("policy of " + project.id());
    }

    /**
     * What the summary says of a project's policy: the preset it started from and the values given that differ from
     * the preset's (the opening day is the project's own, never the preset's).
     */
    private String presetLine(String presetId, Body wanted, Api.Caller admin) {
        JsonNode presets = api.get(services.attribution().resolve("/api/v1/policy-presets"), admin)
                .require("policy presets").body();
        for (JsonNode preset : presets) {
            if (!preset.path("id").asText().equals(presetId)) {
                continue;
            }
            List<String> overrides = new ArrayList<>();
            for (Map.Entry<String, Object> field : wanted.entrySet()) {
                if (List.of("effectiveFrom", "preset", "openingDay").contains(field.getKey())) {
                    continue; // the version's own, never the preset's
                }
                JsonNode given = preset.path("settings").path(field.getKey());
                String value = api.json().valueToTree(field.getValue()).asText();
                if (given.isValueNode() && !given.asText().equals(value)) {
                    overrides.add(field.getKey() + " " + value + " (preset " + given.asText() + ")");
                }
            }
            return "preset " + presetId + " 「" + preset.path("name").asText() + "」"
                    + (overrides.isEmpty() ? ", as it is" : ", overriding " + String.join(", ", overrides));
        }
        throw new IllegalStateException("the attribution service has no preset " + presetId);
    }

    /** The preset line of each project that started from one (see {@link #presetLine}). */
    public String presetLine(String projectId) {
        return presetLines.get(projectId);
    }

    private boolean matches(JsonNode version, Body wanted) {
        for (Map.Entry<String, Object> field : wanted.entrySet()) {
            JsonNode value = version.path(field.getKey());
            if (!value.asText().equals(api.json().valueToTree(field.getValue()).asText())) {
                return false;
            }
        }
        return true;
    }

    private void putAgreement(Agreement a) {
        URI uri = services.commission().resolve("/api/v1/projects/" + a.projectId() + "/channels/" + a.channelId()
                + "/agreement");
        List<Body> tiers = a.tiers().stream()
                .map(t -> Body.of().with("from", t.from()).with("ratePercent", t.ratePercent())).toList();
        Body body = Body.of()
                .with("firstPeriodEnd", a.firstPeriodEnd())
                .with("versions", List.of(Body.of()
                        .with("version", 1)
                        .with("effectiveFrom", a.effectiveFrom())
                        .with("basis", a.basis())
                        .with("mode", a.mode())
                        .with("trigger", a.trigger())
                        .with("tiers", tiers)));
        api.put(uri, Api.Caller.as(Users.finance(a.tenantId())), body)
                .require("agreement of " + a.channelId() + " in " + a.projectId());
    }

    private void importRegistrations(List<Step.Register> rows) {
        Step.Register first = rows.get(0);
        List<Body> body = rows.stream().map(r -> Body.of()
                .with("registeredAt", r.at())
                .with("channelId", r.channelId())
                .with("channelKind", month.channel(r.channelId()).kind())
                .with("agentId", r.agentId())
                .with("clientSurname", r.client().surname())
                .with("maskedPhone", r.client().maskedPhone())).toList();
        Api.Response response = api.post(services.registration().resolve("/api/v1/registrations/imports"),
                new Api.Caller(Users.admin(tenant(first.projectId())), key("import", first.ref())),
                Body.of().with("tenantId", tenant(first.projectId())).with("projectId", first.projectId())
                        .with("rows", body))
                .require("import of " + rows.size() + " registrations of " + first.projectId());
        JsonNode ids = response.body().path("registrationIds");
        for (int i = 0; i < rows.size(); i++) {
            registrationIds.put(rows.get(i).ref(), ids.get(i).asText());
            published.add(PublishedFacts.key("Registered", ids.get(i).asText()));
        }
    }

    private void registerLive(Step.Register r) {
        Api.Response response = api.post(services.registration().resolve("/api/v1/registrations"),
                new Api.Caller(Users.agent(tenant(r.projectId()), r.agentId()), key(r.ref())),
                Body.of().with("tenantId", tenant(r.projectId())).with("projectId", r.projectId())
                        .with("channelId", r.channelId()).with("channelKind", month.channel(r.channelId()).kind())
                        .with("agentId", r.agentId()).with("clientSurname", r.client().surname())
                        .with("maskedPhone", r.client().maskedPhone()).with("expectedVisitAt", r.expectedVisitAt()))
                .require("registration " + r.ref());
        registrationIds.put(r.ref(), response.body().path("registrationId").asText());
        published.add(PublishedFacts.key("Registered", response.body().path("registrationId").asText()));
    }

    private void badRegistration(Step.BadRegistration r) {
        Api.Response response = api.post(services.registration().resolve("/api/v1/registrations"),
                new Api.Caller(Users.agent(tenant(r.projectId()), r.agentId()), key(r.ref())),
                Body.of().with("tenantId", tenant(r.projectId())).with("projectId", r.projectId())
                        .with("channelId", r.channelId()).with("channelKind", month.channel(r.channelId()).kind())
                        .with("agentId", r.agentId()).with("clientSurname", r.clientSurname())
                        .with("maskedPhone", r.maskedPhone()));
        if (response.ok()) {
            throw new Api.ApiException("registration " + r.ref() + " should have been refused (" + r.field() + ")");
        }
        String field = null;
        for (JsonNode error : response.body().path("errors")) {
            field = field == null ? error.path("field").asText() : field;
        }
        refused.add(new Intake(r.ref(), response.status(), field, r.field()));
    }

    private void rotation(Step.Rotation s) {
        Project project = month.project(s.projectId());
        URI uri = services.visit().resolve("/api/v1/projects/" + s.projectId() + "/rotation/" + s.day()
                + "?tenantId=" + project.tenantId());
        api.put(uri, new Api.Caller(project.siteManager(), key("rotation", s.projectId(),
                s.day().toString())), Body.of().with("consultants", s.consultants()))
                .require("rotation of " + s.projectId() + " on " + s.day());
    }

    private void visit(Step.Visit v) {
        Project project = month.project(v.projectId());
        boolean manager = v.form() != null && (v.form().invalid() || v.form().siteManagerSignature() != null);
        // a walk-in nobody has taken yet is recorded at the desk by the site manager
        String actor = manager || v.consultantId() == null ? project.siteManager() : v.consultantId();
        Body body = Body.of()
                .with("tenantId", project.tenantId())
                .with("projectId", v.projectId())
                .with("kind", v.kind())
                .with("clientSurname", v.client() == null ? null : v.client().name())
                .with("clientPhone", v.client() == null ? null : v.client().phone())
                .with("visitedAt", v.at())
                .with("consultantId", v.consultantId())
                .with("registrationId", v.registrationRef() == null ? null : registrationIds.get(v.registrationRef()))
                .with("form", form(v.form(), null))
                .with("accompaniedVisitId", v.accompaniedVisitRef() == null ? null : visitIds.get(v.accompaniedVisitRef()))
                .with("referrerPhone", v.referrer() == null ? null : v.referrer().phone())
                .with("insider", v.insider() ? Boolean.TRUE : null)
                .with("nonClientReason", v.nonClientReason());
        Api.Response response = api.post(services.visit().resolve("/api/v1/visits"),
                new Api.Caller(actor, key(v.ref())), body)
                .require("visit " + v.ref());
        visitIds.put(v.ref(), response.body().path("visitId").asText());
        published.add(PublishedFacts.key("Visited", response.body().path("visitId").asText()));
        if (v.form() != null) {
            formsGiven.put(v.ref(), v.form());
        }
    }

    /** The signatures not given before (each is given once); all of them for a new form. */
    private static Body form(Step.Form form, Step.Form given) {
        if (form == null) {
            return null;
        }
        return Body.of()
                .with("agentSignature", given != null && given.agentSignature() != null ? null : form.agentSignature())
                .with("consultantSignature",
                        given != null && given.consultantSignature() != null ? null : form.consultantSignature())
                .with("siteManagerSignature",
                        given != null && given.siteManagerSignature() != null ? null : form.siteManagerSignature())
                .with("invalid", form.invalid() ? Boolean.TRUE : null)
                .with("invalidReason", form.invalidReason());
    }

    private void signForm(Step.SignForm s) {
        Project project = month.project(s.projectId());
        Body body = form(s.form(), formsGiven.get(s.visitRef())).with("signedAt", s.at());
        api.post(services.visit().resolve("/api/v1/visits/" + visitIds.get(s.visitRef()) + "/form"),
                new Api.Caller(project.siteManager(), key("form", s.visitRef())), body)
                .require("form of " + s.visitRef());
        published.add(PublishedFacts.key("VisitFormSigned", visitIds.get(s.visitRef())));
    }

    private void purchase(Step.Subscribe p, String stage, Instant at) {
        Body related = p.related() == null ? null : Body.of()
                .with("surname", p.related().person().name())
                .with("phone", p.related().person().phone())
                .with("relation", p.related().relation())
                .with("evidenceRefs", p.related().evidenceRefs());
        Body body = Body.of()
                .with("tenantId", tenant(p.projectId()))
                .with("projectId", p.projectId())
                .with("purchaseId", p.ref())
                .with("stage", stage)
                .with("unitId", p.unitId())
                .with("unitType", p.unitType())
                .with("amount", p.amount())
                .with("buyerSurname", p.buyer().name())
                .with("buyerPhone", p.buyer().phone())
                .with("consultantId", p.consultantId())
                .with("relatedParty", related)
                .with("insider", p.insider() ? Boolean.TRUE : null)
                .with("purchasedAt", at);
        api.post(services.visit().resolve("/api/v1/purchases"),
                new Api.Caller(p.consultantId() != null ? p.consultantId()
                        : month.project(p.projectId()).siteManager(), key(stage.toLowerCase(), p.ref())), body)
                .require(stage.toLowerCase() + " " + p.ref());
        published.add(PublishedFacts.key("Purchased", p.ref() + "@" + stage));
    }

    private void cancel(Step.Cancel c) {
        Project project = month.project(c.projectId());
        api.post(services.visit().resolve("/api/v1/purchases/" + c.purchaseRef() + "/cancellation"),
                new Api.Caller(project.siteManager(), key("cancel", c.purchaseRef())),
                Body.of().with("reason", c.reason()).with("cancelledAt", c.at()))
                .require("cancellation of " + c.purchaseRef());
        published.add(PublishedFacts.key("PurchaseCancelled", c.purchaseRef()));
    }

    private void dispute(Step.Dispute d) {
        Api.Response response = api.post(services.registration().resolve("/api/v1/disputes"),
                new Api.Caller(Users.agent(tenant(d.projectId()), d.agentId()), key(d.ref())),
                Body.of()
                        .with("tenantId", tenant(d.projectId()))
                        .with("projectId", d.projectId())
                        .with("channelId", d.channelId())
                        .with("agentId", d.agentId())
                        .with("kind", d.kind())
                        .with("clientSurname", d.client().surname())
                        .with("maskedPhone", d.client().maskedPhone())
                        .with("registrationId", d.registrationRef() == null ? null
                                : registrationIds.get(d.registrationRef()))
                        .with("purchaseId", d.purchaseRef())
                        .with("evidenceRefs", d.evidenceRefs())
                        .with("statement", d.statement()))
                .require("dispute " + d.ref());
        disputeIds.put(d.ref(), response.body().path("disputeId").asText());
        published.add(PublishedFacts.key("Disputed", response.body().path("disputeId").asText()));
    }

    private void ruling(Step.Ruling r) {
        String role = r.level().name();
        // the visit service learns a dispute from the registration topic (ADR 0020): until its copy has it, a ruling
        // is 404, and the desk tries again, as a person would a few seconds later
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        Api.Response answer;
        do {
            answer = rulingRequest(r, role);
            if (answer.status() != 404 || System.nanoTime() > deadline) {
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (true);
        answer.require("ruling on " + r.disputeRef());
        published.add(PublishedFacts.key("DisputeRuled", disputeIds.get(r.disputeRef()) + "@" + role));
    }

    private Api.Response rulingRequest(Step.Ruling r, String role) {
        return api.post(services.visit().resolve("/api/v1/disputes/" + disputeIds.get(r.disputeRef()) + "/rulings"),
                new Api.Caller(r.ruledBy(), key("ruling", r.disputeRef(), role)),
                Body.of()
                        .with("tenantId", tenant(r.projectId()))
                        .with("projectId", r.projectId())
                        .with("clientSurname", r.client().surname())
                        .with("maskedPhone", r.client().maskedPhone())
                        .with("ownerKind", r.ownerKind())
                        .with("channelId", r.channelId())
                        .with("agentId", r.agentId())
                        .with("rationale", r.rationale()));
    }

    private void fine(Step.Fine f) {
        api.post(services.commission().resolve("/api/v1/fines"),
                new Api.Caller(Users.finance(tenant(f.projectId())), key(f.ref())),
                Body.of()
                        .with("fineId", f.ref())
                        .with("projectId", f.projectId())
                        .with("channelId", f.channelId())
                        .with("reasonCode", f.reason())
                        .with("target", f.target())
                        .with("agentId", f.agentId())
                        .with("amount", f.amount())
                        .with("note", f.note()))
                .require("fine " + f.ref());
    }
}
