package com.baobei.attribution.web;

import com.baobei.attribution.live.PolicyChange;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policies.PolicyVersions;
import com.baobei.attribution.policies.PolicyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/policy")
@Tag(name = "policy", description = "Versioned per-project settings of the rulebook's bracketed values")
public class PolicyController {

    private final PolicyVersions versions;
    private final PolicyChange change;

    public PolicyController(PolicyVersions versions, PolicyChange change) {
        this.versions = versions;
        this.change = change;
    }

    @GetMapping
    @Operation(summary = "The project's policy versions; version 1 is the rulebook defaults")
    public PolicyView get(@PathVariable String projectId) {
        return versions.view(projectId, null);
    }

    @PutMapping
    @Operation(summary = "Adds a policy version (the server assigns its number) and re-folds the project under it",
            description = "Omitted settings take the rulebook defaults; effectiveFrom is required. Decisions that "
                    + "change are published like any other change.")
    public PolicyView put(@PathVariable String projectId, @RequestBody PolicySettings settings) {
        return change.put(projectId, settings);
    }
}
