package com.baobei.visit.masterdata;

import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.messaging.MasterDataCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * What the sales office's writes must name (ADR 0014): a project of the tenant, active for a new visit, purchase or
 * rotation; consultants of that project. A record already made (a form, a cancellation, a ruling) only needs its
 * project to be known: an inactive project still settles what happened there.
 */
@Component
// the local copy of the master-data topic (deploy/messaging); imported here, where it is used, so that a web slice
// test without a database does not need it
@Import(MasterDataCopy.class)
public class MasterDataChecks {

    private final MasterDataCopy copy;
    private final Consultants consultants;

    MasterDataChecks(MasterDataCopy copy, Consultants consultants) {
        this.copy = copy;
        this.consultants = consultants;
    }

    /**
     * ROT-3, ROT-4: an active project, and each agency (field → id) one that an active consultant of the project
     * works for; each channel (field → id) a channel of the tenant.
     */
    public void requireAgenciesAndChannels(String tenantId, String projectId, Map<String, String> agencies,
                                Map<String, String> channels) {
        requireProject(tenantId, projectId, true);
        List<Problem> problems = new ArrayList<>();
        agencies.forEach((field, agencyId) -> {
            if (agencyId != null && !consultants.agencyAt(tenantId, projectId, agencyId)) {
                problems.add(new Problem(field, "no active consultant of agency " + agencyId + " at project "
                        + projectId));
            }
        });
        channels.forEach((field, channelId) -> {
            if (copy.find(tenantId, Kind.CHANNEL, channelId).isEmpty()) {
                problems.add(new Problem(field, "unknown channel " + channelId));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::field));
            throw new MasterDataRefused(problems);
        }
    }

    /**
     * @param consultants field → consultant id, each a consultant of the project (null ids are skipped)
     */
    public void require(String tenantId, String projectId, boolean active, Map<String, String> consultants) {
        List<Problem> problems = new ArrayList<>();
        Optional<ProjectChanged> project = copy.find(tenantId, Kind.PROJECT, projectId);
        if (project.isEmpty()) {
            problems.add(new Problem("projectId", "unknown project " + projectId));
        } else if (active && !project.get().active()) {
            problems.add(new Problem("projectId", "project " + projectId + " is inactive"));
        } else {
            consultants.forEach((field, consultantId) -> {
                if (consultantId == null) {
                    return;
                }
                Optional<ConsultantChanged> consultant = copy.find(tenantId, Kind.CONSULTANT,
                        MasterDataKeys.consultantId(projectId, consultantId));
                if (consultant.isEmpty()) {
                    problems.add(new Problem(field, "unknown consultant " + consultantId + " at project " + projectId));
                } else if (active && !consultant.get().active()) {
                    problems.add(new Problem(field, "consultant " + consultantId + " is inactive"));
                }
            });
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::field));
            throw new MasterDataRefused(problems);
        }
    }

    /** One consultant, named by {@code field}; a null id (none named) is not checked. */
    public void require(String tenantId, String projectId, boolean active, String field, String consultantId) {
        java.util.Map<String, String> consultants = new java.util.HashMap<>();
        consultants.put(field, consultantId);
        require(tenantId, projectId, active, consultants);
    }

    public void requireProject(String tenantId, String projectId, boolean active) {
        require(tenantId, projectId, active, Map.of());
    }
}
