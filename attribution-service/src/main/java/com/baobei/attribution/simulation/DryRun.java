package com.baobei.attribution.simulation;

import com.baobei.contracts.JsonPaths;
import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.Outcome;
import com.baobei.contracts.Texts;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds events given in the published JSON under given policies, by exactly the live fold, and
 * touches nothing: no table, no topic. One project per run, like the live fold.
 */
public final class DryRun {

    /** Enough to fix a request; a thousand bad events need not be listed one by one. */
    private static final int MAX_PROBLEMS = SimulationEvents.MAX_PROBLEMS;
    /** Policy versions in one simulation: a project changing its policy monthly for eight years. */
    public static final int MAX_POLICY_VERSIONS = 100;

    private DryRun() {
    }

    /** A request read and found well formed: what it would fold, for the caller's checks before it is folded. */
    public record Checked(PolicyHistory policies, List<EventEnvelope> events) {

        public Outcome fold() {
            return AttributionFold.fold(events, policies);
        }
    }

    public static Outcome run(JsonNode policy, List<JsonNode> events) {
        return check(policy, events).fold();
    }

    public static Checked check(JsonNode policy, List<JsonNode> events) {
        return check(policy, events == null ? null : SimulationEvents.of(events));
    }

    /**
     * Reads the policy and checks the events already read; every problem found is a 400 naming its field, and a
     * well-formed request carrying a full number a 422 naming it.
     */
    public static Checked check(JsonNode policy, SimulationEvents events) {
        List<FieldProblem> problems = new ArrayList<>();
        PolicyHistory history = policies(policy, problems);
        List<EventEnvelope> decoded = List.of();
        if (events == null) {
            problems.add(new FieldProblem("events", "required (may be empty)"));
        } else {
            decoded = events.decoded();
            problems.addAll(events.problems());
            if (problems.isEmpty() && !events.personalData().isEmpty()) {
                throw new RequestProblemsException(422, events.personalData());
            }
            onlyOneProject(decoded, problems);
        }
        if (!problems.isEmpty()) {
            throw new RequestProblemsException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new Checked(history, decoded);
    }

    private static void onlyOneProject(List<EventEnvelope> decoded, List<FieldProblem> problems) {
        if (!problems.isEmpty() || decoded.isEmpty()) {
            return;
        }
        String first = decoded.get(0).partitionKey();
        for (int i = 1; i < decoded.size(); i++) {
            if (!decoded.get(i).partitionKey().equals(first)) {
                problems.add(new FieldProblem("events[" + i + "].projectId",
                        "a simulation folds one project; events[0] is of " + first));
                return;
            }
        }
    }

    /** No policy: the rulebook defaults; an object: one version; an array: the versions (as GET policy returns them). */
    static PolicyHistory policies(JsonNode policy, List<FieldProblem> problems) {
        if (policy == null || policy.isNull() || policy.isMissingNode()) {
            return PolicyHistory.defaults();
        }
        List<ProjectPolicy> versions = new ArrayList<>();
        if (policy.isArray()) {
            if (policy.isEmpty()) {
                problems.add(new FieldProblem("policy", "at least one version, or leave it out for the defaults"));
                return PolicyHistory.defaults();
            }
            if (policy.size() > MAX_POLICY_VERSIONS) {
                problems.add(new FieldProblem("policy", "at most " + MAX_POLICY_VERSIONS + " versions"));
                return PolicyHistory.defaults();
            }
            for (int i = 0; i < policy.size(); i++) {
                version("policy[" + i + "]", policy.get(i), i + 1, problems, versions);
            }
        } else if (policy.isObject()) {
            version("policy", policy, 1, problems, versions);
        } else {
            problems.add(new FieldProblem("policy", "an object (one version) or an array of versions"));
        }
        if (versions.isEmpty() || !problems.isEmpty()) {
            return PolicyHistory.defaults();
        }
        PolicyHistory history = new PolicyHistory(versions);
        for (String problem : history.problems()) {
            // "versions[i].field: why" names the version by its position in the sorted history
            problems.add(FieldProblem.parse("", problem.replaceFirst("^versions", "policy")));
        }
        return history;
    }

    private static void version(String path, JsonNode node, int position, List<FieldProblem> problems,
                                List<ProjectPolicy> versions) {
        PolicySettings settings;
        try {
            settings = EventJson.mapper().treeToValue(node, PolicySettings.class);
        } catch (JsonMappingException e) {
            problems.add(new FieldProblem(FieldProblem.join(path, jsonPath(e)), Texts.redactFullPhones(e.getOriginalMessage())));
            return;
        } catch (JsonProcessingException e) {
            problems.add(new FieldProblem(path, Texts.redactFullPhones(e.getOriginalMessage())));
            return;
        }
        if (settings == null) {
            problems.add(new FieldProblem(path, "an object"));
            return;
        }
        if (!settings.formProblems().isEmpty()) {
            settings.formProblems().forEach(problem -> problems.add(FieldProblem.parse(path, problem)));
            return;
        }
        int version = settings.version() != null ? settings.version() : position;
        ProjectPolicy policy = settings.toPolicy(version, ProjectPolicy.BEGINNING);
        for (String problem : policy.problems()) {
            problems.add(FieldProblem.parse(path, problem));
        }
        versions.add(policy);
    }

    public static String jsonPath(JsonMappingException e) {
        return JsonPaths.of(e.getPath());
    }
}
