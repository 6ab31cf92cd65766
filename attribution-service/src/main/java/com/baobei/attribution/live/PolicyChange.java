package com.baobei.attribution.live;

import com.baobei.attribution.persistence.EventStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policies.PolicyVersions;
import com.baobei.attribution.policies.PolicyView;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A new policy version and the re-fold it causes, in one transaction: stored and applied, or neither. */
@Service
public class PolicyChange {

    private final PolicyVersions policies;
    private final EventStore events;
    private final LiveAttribution live;
    private final TransactionTemplate tx;

    public PolicyChange(PolicyVersions policies, EventStore events, LiveAttribution live, TransactionTemplate tx) {
        this.policies = policies;
        this.events = events;
        this.live = live;
        this.tx = tx;
    }

    public PolicyView put(String projectId, PolicySettings settings) {
        Integer refolded = tx.execute(status -> {
            policies.add(projectId, settings);
            List<ProjectRef> projects = events.projectsNamed(projectId);
            for (ProjectRef project : projects) {
                live.refold(project);
            }
            return projects.size();
        });
        return policies.view(projectId, refolded);
    }
}
