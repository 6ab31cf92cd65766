package com.baobei.attribution.report;

import com.baobei.attribution.fold.AttributionFold;
import com.baobei.attribution.fold.DayFigures;
import com.baobei.attribution.persistence.EventStore;
import com.baobei.attribution.persistence.ProjectRef;
import com.baobei.attribution.policies.PolicyVersions;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * RPT-1 on demand: the project's stored events folded once more with its policy history, as the live path and the
 * dry run fold them, and the day rows read off that fold (ADR 0028). Nothing is stored: a report is never stale.
 */
@Service
public class Reports {

    private final EventStore events;
    private final PolicyVersions policies;

    public Reports(EventStore events, PolicyVersions policies) {
        this.events = events;
        this.policies = policies;
    }

    public List<DayFigures> days(ProjectRef project) {
        return AttributionFold.report(events.load(project), policies.history(project));
    }
}
