package com.baobei.attribution.web;

import com.baobei.attribution.policies.PolicyPreset;
import com.baobei.attribution.policies.PolicyPresets;
import com.baobei.security.Allowed;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy presets (ADR 0029): the same for every tenant, so no tenant or project scope applies. Read by those who
 * choose or try a policy: the tenant admin who sets it, and the managers who simulate it.
 */
@RestController
@Tag(name = "policy", description = "Versioned per-project settings of the rulebook's bracketed values")
public class PolicyPresetController {

    @Allowed({Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping("/api/v1/policy-presets")
    @Operation(summary = "The presets a project's policy can start from: the seed's eight policy documents",
            description = "Each with every value, the paragraph of its document each stated value comes from, and notes "
                    + "on what the document says that the policy does not decide. Start a project from one with PUT "
                    + "/api/v1/projects/{projectId}/policy and {\"preset\": id, \"effectiveFrom\": …} plus any overrides; "
                    + "the values are copied into the new version.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the presets"),
                    @ApiResponse(responseCode = "401", description = "no valid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller's role chooses no policies")})
    public List<PolicyPreset> presets() {
        return PolicyPresets.all();
    }
}
