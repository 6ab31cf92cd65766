package com.baobei.attribution.policies;

import com.baobei.attribution.persistence.PolicyStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A project's policy versions, per project of a tenant (two tenants may both have a project p1). Version 1 is always the rulebook defaults, in force from the
 * beginning, so a project's history before its first stated policy keeps being judged as it was.
 */
@Component
public class PolicyVersions {

    private final PolicyStore store;

    public PolicyVersions(PolicyStore store) {
        this.store = store;
    }

    /** What the fold uses for a project's events. */
    public PolicyHistory history(ProjectRef project) {
        return new PolicyHistory(versions(project));
    }

    public List<ProjectPolicy> versions(ProjectRef project) {
        List<ProjectPolicy> versions = new ArrayList<>();
        versions.add(ProjectPolicy.defaults());
        for (PolicyStore.StoredVersion stored : store.versions(project)) {
            versions.add(read(stored.settingsJson()).toPolicy(stored.version(), stored.effectiveFrom()));
        }
        return versions;
    }

    /** The versions as served: every value, and the preset each stored version started from. */
    public PolicyView view(ProjectRef project, Integer refolded) {
        List<PolicySettings> versions = new ArrayList<>();
        versions.add(PolicySettings.of(ProjectPolicy.defaults()));
        for (PolicyStore.StoredVersion stored : store.versions(project)) {
            PolicySettings settings = read(stored.settingsJson());
            versions.add(PolicySettings.of(settings.toPolicy(stored.version(), stored.effectiveFrom()))
                    .startedFrom(settings.preset()));
        }
        return new PolicyView(project.projectId(), versions.size() > 1, versions, refolded);
    }

    /**
     * The settings' own problems, before anything is looked up or locked (a 400 comes before the master data's 422);
     * the version number does not change what is valid.
     */
    public void check(PolicySettings settings) {
        List<String> problems = new ArrayList<>();
        if (settings.version() != null) {
            problems.add("version: assigned by the server");
        }
        if (settings.effectiveFrom() == null) {
            problems.add("effectiveFrom: required");
        }
        problems.addAll(settings.formProblems());
        if (!problems.isEmpty()) {
            throw new PolicyProblemsException(problems);
        }
        ProjectPolicy policy = settings.toPolicy(ProjectPolicy.defaults().version() + 1, settings.effectiveFrom());
        if (!policy.problems().isEmpty()) {
            throw new PolicyProblemsException(policy.problems());
        }
    }

    /**
     * The history as it would be with these settings adopted as the next version, nothing stored: what a preview
     * folds under (ADR 0035). The settings are checked as {@link #add} checks them.
     */
    public PolicyHistory withCandidate(ProjectRef project, PolicySettings settings) {
        check(settings);
        List<ProjectPolicy> versions = versions(project);
        int next = Math.max(ProjectPolicy.defaults().version(), store.lastVersion(project)) + 1;
        versions.add(settings.toPolicy(next, settings.effectiveFrom()));
        return new PolicyHistory(versions);
    }

    /** Checks and stores the next version (the caller holds the transaction); returns it. */
    public ProjectPolicy add(ProjectRef project, PolicySettings settings) {
        check(settings);
        store.lockProject(project);
        int version = Math.max(ProjectPolicy.defaults().version(), store.lastVersion(project)) + 1;
        ProjectPolicy policy = settings.toPolicy(version, settings.effectiveFrom());
        if (!policy.problems().isEmpty()) {
            throw new PolicyProblemsException(policy.problems());
        }
        // every value is stored, the preset's copied in: a preset changed later never changes this version (ADR 0029)
        store.insert(project, version, policy.effectiveFrom(), json(PolicySettings.of(policy).startedFrom(settings.preset())));
        return policy;
    }

    private static String json(PolicySettings settings) {
        try {
            return EventJson.mapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write policy", e);
        }
    }

    private static PolicySettings read(String json) {
        try {
            return EventJson.mapper().readValue(json, PolicySettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy unreadable", e);
        }
    }
}
