package com.baobei.attribution.web;

import static com.baobei.security.Role.CONSULTANT;
import static com.baobei.security.Role.FINANCE;
import static com.baobei.security.Role.MARKETING_MANAGER;
import static com.baobei.security.Role.SITE_MANAGER;
import static com.baobei.security.Role.TENANT_ADMIN;

import com.baobei.attribution.live.PolicyChange;
import com.baobei.attribution.masterdata.MasterDataChecks;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policies.PolicyVersions;
import com.baobei.attribution.policies.PolicyView;
import com.baobei.attribution.preview.PolicyPreview;
import com.baobei.attribution.simulation.FieldProblem;
import com.baobei.attribution.simulation.RequestProblemsException;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's policy is its tenant's: the project id names a project of the caller's tenant. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/policy")
@Tag(name = "policy", description = "Versioned per-project settings of the rulebook's bracketed values")
public class PolicyController {

    /** A project id as the master data accepts one (ADR 0014). */
    private static final java.util.regex.Pattern PROJECT_ID = com.baobei.contracts.masterdata.MasterDataKeys.ID;

    private final PolicyVersions versions;
    private final PolicyChange change;

    private final MasterDataChecks masterData;
    private final PolicyPreview preview;

    public PolicyController(PolicyVersions versions, PolicyChange change, MasterDataChecks masterData,
                            PolicyPreview preview) {
        this.versions = versions;
        this.change = change;
        this.masterData = masterData;
        this.preview = preview;
    }

    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.FINANCE, Role.TENANT_ADMIN})
    @GetMapping
    @Operation(summary = "The project's policy versions; version 1 is the rulebook defaults",
            description = "Consultants and site managers at their projects; marketing managers, finance and tenant admins "
                    + "at all of the tenant's.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the versions"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role reads no policies, or not at this "
                            + "project")})
    public PolicyView get(Caller caller, @PathVariable String projectId) {
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, FINANCE, TENANT_ADMIN);
        return versions.view(new ProjectRef(caller.tenant(), projectId), null);
    }

    @Allowed({Role.TENANT_ADMIN})
    @PutMapping
    @Operation(summary = "Adds a policy version (the server assigns its number) and re-folds the project under it",
            description = "Tenant admins only. Omitted settings take the named preset's values (GET "
                    + "/api/v1/policy-presets), else the rulebook defaults; effectiveFrom is required. The version stores "
                    + "every value, so a preset is copied, never followed (ADR 0029). Decisions that change are published "
                    + "like any other change.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the versions, the new one last"),
                    @ApiResponse(responseCode = "400", description = "a setting that is not valid, or an unknown preset, named by its field"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "not a tenant admin"),
                    @ApiResponse(responseCode = "422", description = "the project is not in the tenant's master data "
                            + "(ADR 0014), named by its field")})
    public PolicyView put(Caller caller, @PathVariable String projectId, @RequestBody PolicySettings settings) {
        versions.check(settings);
        masterData.requireProject(caller.tenant(), projectId);
        return change.put(new ProjectRef(caller.tenant(), projectId), settings);
    }

    @Allowed({Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @PostMapping("/preview")
    @Operation(summary = "What a policy version would change, before it is adopted: nothing is stored or published",
            description = "The body is what PUT would take. The project's stored events are folded under its policy "
                    + "history and again with this version added (from effectiveFrom: set it to the first day of last "
                    + "month to see what would change on last month's events); the answer counts the verdicts, owners, "
                    + "purchases and disputes compared and changed and lists up to 500 changes, each side with its rule "
                    + "ids and reason. Site managers at their projects; marketing managers and tenant admins at all of "
                    + "the tenant's. One preview runs at a time in a service: another gets 429 with Retry-After.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "what would change"),
                    @ApiResponse(responseCode = "400", description = "a setting that is not valid, named by its field"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role previews no policies, or not "
                            + "at this project"),
                    @ApiResponse(responseCode = "422", description = "the project is not in the tenant's master data"),
                    @ApiResponse(responseCode = "429", description = "another preview is running; try again after "
                            + "Retry-After seconds")})
    public PolicyPreview.View preview(Caller caller, @PathVariable String projectId,
                                      @RequestBody PolicySettings settings) {
        if (!PROJECT_ID.matcher(projectId).matches()) {
            // named before the scope check: no project of anyone's could have this id
            throw new RequestProblemsException(List.of(new FieldProblem("projectId",
                    "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")));
        }
        Scope.requireProject(caller, projectId, MARKETING_MANAGER, TENANT_ADMIN);
        versions.check(settings);
        masterData.requireProject(caller.tenant(), projectId);
        return preview.preview(new ProjectRef(caller.tenant(), projectId), settings);
    }
}
