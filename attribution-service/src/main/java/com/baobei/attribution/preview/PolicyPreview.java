package com.baobei.attribution.preview;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.persistence.EventStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policies.PolicyVersions;
import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.EventEnvelope;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Service;

/**
 * Folds a project's stored events twice, under its policy history as it stands and with a candidate version
 * added, and says which decisions would differ. The fold is the live one, so the preview is what adopting the
 * version would publish. Two whole folds of a large project cost memory and a core for seconds: one preview runs
 * at a time in a process, a second caller is told to come back (429), so previews cannot take the service down.
 */
@Service
public class PolicyPreview {

    /** Enough changes to judge a policy by; the counts say how many there are in all. */
    public static final int MAX_CHANGES = 500;

    private final EventStore events;
    private final PolicyVersions policies;
    private final Semaphore oneAtATime = new Semaphore(1);

    public PolicyPreview(EventStore events, PolicyVersions policies) {
        this.events = events;
        this.policies = policies;
    }

    /** The answer: the candidate with every value filled in, as the version it would become, and what it changes. */
    public record View(String projectId, PolicySettings candidate, java.time.LocalDate supersededFrom, int events,
                       java.util.Map<PolicyDiff.Kind, PolicyDiff.Count> counts, List<PolicyDiff.Change> changes,
                       boolean truncated) {
    }

    /** Thrown when another preview is running; the caller is answered 429 with Retry-After. */
    public static final class BusyException extends RuntimeException {
        public BusyException() {
            super("another policy preview is running in this service; try again in a few seconds", null, false, false);
        }
    }

    /**
     * The first day a version already stored takes over from the candidate (a version in force from a later day
     * wins from that day on), or null: a candidate from the first of last month changes nothing after a version of
     * last week, and the page must say so rather than show "no change".
     */
    static java.time.LocalDate supersededFrom(PolicyHistory history, ProjectPolicy candidate) {
        return history.versions().stream()
                .filter(v -> v.version() != candidate.version() && v.effectiveFrom() != null
                        && v.effectiveFrom().isAfter(candidate.effectiveFrom()))
                .map(ProjectPolicy::effectiveFrom).min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    public View preview(ProjectRef project, PolicySettings settings) {
        PolicyHistory candidate = policies.withCandidate(project, settings);
        if (!oneAtATime.tryAcquire()) {
            throw new BusyException();
        }
        try {
            List<EventEnvelope> all = events.load(project);
            Outcome now = AttributionFold.fold(all, policies.history(project));
            Outcome then = AttributionFold.fold(all, candidate);
            PolicyDiff.Result diff = PolicyDiff.compare(now, then);
            List<PolicyDiff.Change> shown = diff.changes().size() > MAX_CHANGES
                    ? diff.changes().subList(0, MAX_CHANGES) : diff.changes();
            ProjectPolicy adopted = candidate.versions().stream()
                    .max(java.util.Comparator.comparingInt(ProjectPolicy::version)).orElseThrow();
            return new View(project.projectId(), PolicySettings.of(adopted).startedFrom(settings.preset()),
                    supersededFrom(candidate, adopted), all.size(),
                    diff.counts(), List.copyOf(shown), shown.size() < diff.changes().size());
        } finally {
            oneAtATime.release();
        }
    }
}
