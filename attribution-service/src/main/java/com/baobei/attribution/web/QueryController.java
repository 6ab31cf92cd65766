package com.baobei.attribution.web;

import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.persistence.ProjectionQueries;
import com.baobei.attribution.simulation.FieldProblem;
import com.baobei.attribution.simulation.RequestProblemsException;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.Phones;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the live fold decided, as last published. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "decisions", description = "Verdicts, ownership, purchase attributions and disputes as the live fold decided them")
public class QueryController {

    private final ProjectionQueries queries;

    public QueryController(ProjectionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/registrations/{registrationId}/verdict")
    @Operation(summary = "What became of a registration (404 until the registration has been folded)")
    public Views.Verdict verdict(@PathVariable String registrationId) {
        ProjectionQueries.VerdictRow row = queries.verdicts(registrationId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no verdict for registration " + registrationId + " (yet)"));
        return new Views.Verdict(registrationId, row.tenantId(), row.projectId(), row.clientKey(),
                read(row.body(), RegistrationVerdict.class));
    }

    @GetMapping("/projects/{projectId}/clients/{clientKey}")
    @Operation(summary = "Who owns a client now, with every earlier change and its explanation")
    public Views.Client client(@PathVariable String projectId, @PathVariable String clientKey) {
        ProjectionQueries.ClientRow row = queries.client(clientKey)
                .filter(c -> c.projectId().equals(projectId))
                .orElseThrow(() -> new NotFoundException("no client " + clientKey + " in project " + projectId));
        List<OwnershipChanged> history = List.of(read(queries.history(clientKey).orElse("[]"), OwnershipChanged[].class));
        return new Views.Client(row.clientKey(), row.tenantId(), row.projectId(), read(row.body(), OwnershipChanged.class),
                history);
    }

    @GetMapping("/projects/{projectId}/clients")
    @Operation(summary = "Clients of a project by masked phone (first 3 and last 4 digits, e.g. 138****5678)")
    public List<Views.ClientSummary> clients(@PathVariable String projectId, @RequestParam String maskedPhone) {
        if (!Phones.isMasked(maskedPhone)) {
            // never echo the value: it may be a full number
            throw new RequestProblemsException(List.of(new FieldProblem("maskedPhone",
                    "must be 11 digits with exactly the middle four masked, e.g. 138****5678")));
        }
        return queries.clientsByPhone(projectId, maskedPhone).stream()
                .map(row -> new Views.ClientSummary(row.clientKey(), row.tenantId(), read(row.body(), OwnershipChanged.class)))
                .toList();
    }

    @GetMapping("/projects/{projectId}/purchases")
    @Operation(summary = "Every purchase of a project and which channel, if any, earns it (revision = earlier publications)")
    public List<Views.Purchase> purchases(@PathVariable String projectId) {
        return queries.purchases(projectId).stream()
                .map(row -> new Views.Purchase(row.purchaseId(), row.tenantId(), row.clientKey(),
                        read(row.body(), PurchaseAttributed.class)))
                .toList();
    }

    @GetMapping("/projects/{projectId}/disputes")
    @Operation(summary = "Every dispute of a project with the outcome the rules propose, or the ruling")
    public List<DisputeDecision> disputes(@PathVariable String projectId) {
        return queries.disputes(projectId).stream().map(body -> read(body, DisputeDecision.class)).toList();
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " unreadable", e);
        }
    }
}
