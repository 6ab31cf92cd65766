package com.baobei.attribution.live;

import com.baobei.attribution.persistence.EventStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policies.PolicySettings;
import com.baobei.attribution.policies.PolicyVersions;
import com.baobei.attribution.policies.PolicyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new policy version and the re-fold it causes, in one transaction: stored and applied, or neither. A policy is
 * one tenant's: only that tenant's project is re-folded, never another tenant's project of the same id.
 */
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

    public PolicyView put(ProjectRef project, PolicySettings settings) {
        Integer refolded = tx.execute(status -> {
            policies.add(project, settings);
            if (!events.hasEvents(project)) {
                return 0;
            }
            live.refold(project);
            return 1;
        });
        return policies.view(project, refolded);
    }
}
