package com.baobei.attribution.web;

import static com.baobei.security.Role.CHANNEL_AGENT;
import static com.baobei.security.Role.CHANNEL_MANAGER;
import static com.baobei.security.Role.CONSULTANT;
import static com.baobei.security.Role.FINANCE;
import static com.baobei.security.Role.MARKETING_MANAGER;
import static com.baobei.security.Role.SITE_MANAGER;
import static com.baobei.security.Role.TENANT_ADMIN;

import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.persistence.ProjectionQueries;
import com.baobei.attribution.simulation.FieldProblem;
import com.baobei.attribution.simulation.RequestProblemsException;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Phones;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.registration.Disputed;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the live fold decided, as last published; only ever the caller's tenant's. Channel people see their own:
 * an agent the verdicts of their registrations, a channel manager their channel's, both a client only while their
 * channel owns it. Another tenant's, another channel's or another project's record answers 404, as if unknown.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "decisions", description = "Verdicts, ownership, purchase attributions and disputes as the live fold decided them")
public class QueryController {

    private final ProjectionQueries queries;

    public QueryController(ProjectionQueries queries) {
        this.queries = queries;
    }

    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/registrations/{registrationId}/verdict")
    @Operation(summary = "What became of a registration (404 until the registration has been folded)",
            description = "Channel agents: their own registrations; channel managers: their channel's; consultants and "
                    + "site managers: at their projects; marketing managers and tenant admins: all of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the verdict with its explanation"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no verdicts"),
                    @ApiResponse(responseCode = "404", description = "no such verdict that the caller may see")})
    public Views.Verdict verdict(Caller caller, @PathVariable String registrationId) {
        for (ProjectionQueries.VerdictRow row : queries.verdicts(caller.tenant(), registrationId)) {
            RegistrationVerdict verdict = read(row.body(), RegistrationVerdict.class);
            if (Scope.covers(caller, row.projectId(), MARKETING_MANAGER, TENANT_ADMIN)
                    && caller.seesAgent(verdict.channelId(), verdict.agentId())) {
                return new Views.Verdict(registrationId, row.tenantId(), row.projectId(), row.clientKey(), verdict);
            }
        }
        throw new NotFoundException("no verdict for registration " + registrationId + " (yet)");
    }

    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/verdicts")
    @Operation(summary = "The verdicts of up to 100 registrations of a project at once (an agent's list)",
            description = "The same rules as one verdict's read; a registration not folded yet, of another project, "
                    + "or not the caller's to see, is simply not in the answer.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the verdicts the caller may see"),
                    @ApiResponse(responseCode = "400", description = "no ids, more than 100, or an id that is not one"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no verdicts, or not at "
                            + "this project")})
    public List<Views.Verdict> verdicts(Caller caller, @PathVariable String projectId, @RequestParam List<String> ids) {
        readClients(caller, projectId);
        List<String> wanted = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (wanted.isEmpty() || wanted.size() > 100
                || wanted.stream().anyMatch(id -> id.length() > 64 || !id.matches("[A-Za-z0-9._:~-]+"))) {
            throw new RequestProblemsException(List.of(new FieldProblem("ids",
                    "1 to 100 registration ids, comma-separated")));
        }
        List<Views.Verdict> seen = new java.util.ArrayList<>();
        for (ProjectionQueries.IdentifiedVerdict found : queries.verdicts(caller.tenant(), wanted)) {
            ProjectionQueries.VerdictRow row = found.row();
            RegistrationVerdict verdict = read(row.body(), RegistrationVerdict.class);
            if (row.projectId().equals(projectId) && caller.seesAgent(verdict.channelId(), verdict.agentId())) {
                seen.add(new Views.Verdict(found.registrationId(), row.tenantId(), row.projectId(), row.clientKey(),
                        verdict));
            }
        }
        return seen;
    }

    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/clients/{clientKey}")
    @Operation(summary = "Who owns a client now, with every earlier change and its explanation",
            description = "Channel people see a client only while their channel owns it; consultants and site managers "
                    + "at their projects; marketing managers and tenant admins at all of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the client's current ownership and its history"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no clients, or not at this "
                            + "project"),
                    @ApiResponse(responseCode = "404", description = "no such client that the caller may see")})
    public Views.Client client(Caller caller, @PathVariable String projectId, @PathVariable String clientKey) {
        ProjectRef project = readClients(caller, projectId);
        ProjectionQueries.ClientRow row = queries.client(project, clientKey)
                .orElseThrow(() -> notFound(clientKey, projectId));
        OwnershipChanged current = read(row.body(), OwnershipChanged.class);
        if (!seesOwner(caller, current)) {
            throw notFound(clientKey, projectId);
        }
        List<OwnershipChanged> history = List.of(read(queries.history(project, clientKey).orElse("[]"),
                OwnershipChanged[].class));
        return new Views.Client(row.clientKey(), row.tenantId(), row.projectId(), current, history);
    }

    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/clients")
    @Operation(summary = "Clients of a project by masked phone (first 3 and last 4 digits, e.g. 138****5678)",
            description = "Channel people find only the clients their channel owns.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the clients under this masked phone that the caller may see"),
                    @ApiResponse(responseCode = "400", description = "not a masked phone"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no clients, or not at this "
                            + "project")})
    public List<Views.ClientSummary> clients(Caller caller, @PathVariable String projectId, @RequestParam String maskedPhone) {
        ProjectRef project = readClients(caller, projectId);
        if (!Phones.isMasked(maskedPhone)) {
            // never echo the value: it may be a full number
            throw new RequestProblemsException(List.of(new FieldProblem("maskedPhone",
                    "must be 11 digits with exactly the middle four masked, e.g. 138****5678")));
        }
        return queries.clientsByPhone(project, maskedPhone).stream()
                .map(row -> new Views.ClientSummary(row.clientKey(), row.tenantId(), read(row.body(), OwnershipChanged.class)))
                .filter(client -> seesOwner(caller, client.current()))
                .toList();
    }

    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.FINANCE, Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/purchases")
    @Operation(summary = "Every purchase of a project and which channel, if any, earns it (revision = earlier publications)",
            description = "Consultants and site managers at their projects; marketing managers, finance and tenant admins "
                    + "at all of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the project's purchase attributions"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no purchases, or not at this "
                            + "project")})
    public List<Views.Purchase> purchases(Caller caller, @PathVariable String projectId) {
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, FINANCE, TENANT_ADMIN);
        return queries.purchases(new ProjectRef(caller.tenant(), projectId)).stream()
                .map(row -> new Views.Purchase(row.purchaseId(), row.tenantId(), row.clientKey(),
                        read(row.body(), PurchaseAttributed.class)))
                .toList();
    }

    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/disputes")
    @Operation(summary = "Every dispute of a project with the outcome the rules propose, or the ruling",
            description = "Consultants and site managers at their projects; marketing managers and tenant admins at all "
                    + "of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the project's disputes"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no disputes, or not at this "
                            + "project")})
    public List<DisputeDecision> disputes(Caller caller, @PathVariable String projectId) {
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, TENANT_ADMIN);
        return queries.disputes(new ProjectRef(caller.tenant(), projectId)).stream()
                .map(body -> read(body, DisputeDecision.class)).toList();
    }

    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/disputes/{disputeId}/claim")
    @Operation(summary = "What the raising channel said and showed: its statement and evidence references",
            description = "The registration.Disputed fact as this service stored it (a full number in its text was "
                    + "redacted, ID-4), for whoever rules: consultants and site managers at their projects; marketing "
                    + "managers and tenant admins at all of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the dispute's claim"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no disputes, or not at this "
                            + "project"),
                    @ApiResponse(responseCode = "404", description = "no such dispute at this project (yet)")})
    public Views.DisputeClaim claim(Caller caller, @PathVariable String projectId, @PathVariable String disputeId) {
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, TENANT_ADMIN);
        String stored = queries.disputed(new ProjectRef(caller.tenant(), projectId), disputeId);
        if (stored == null) {
            throw new NotFoundException("no dispute " + disputeId + " at project " + projectId + " (yet)");
        }
        EventEnvelope fact = EventJson.read(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Disputed d = (Disputed) fact.data();
        return new Views.DisputeClaim(d.disputeId(), d.channelId(), d.agentId(), d.kind().name(), d.clientSurname(),
                d.maskedPhone(), d.registrationId(), d.purchaseId(), d.evidenceRefs(), d.statement(),
                fact.occurredAt());
    }

    /** The roles that read clients, at a project of the caller's tenant they may see. */
    private static ProjectRef readClients(Caller caller, String projectId) {
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, TENANT_ADMIN);
        return new ProjectRef(caller.tenant(), projectId);
    }

    /**
     * Channel people see a client only while it is theirs: a manager while their channel owns it, an agent while
     * the agent who brought it is they. Whose it is otherwise is another's business (docs/security.md, "own").
     */
    private static boolean seesOwner(Caller caller, OwnershipChanged current) {
        if (!caller.isChannelPerson()) {
            return true;
        }
        return current != null && current.ownerKind() == OwnershipChanged.OwnerKind.CHANNEL
                && caller.seesAgent(current.channelId(), current.agentId());
    }

    private static NotFoundException notFound(String clientKey, String projectId) {
        return new NotFoundException("no client " + clientKey + " in project " + projectId);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " unreadable", e);
        }
    }
}
