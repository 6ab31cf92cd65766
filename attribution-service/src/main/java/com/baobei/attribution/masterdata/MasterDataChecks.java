package com.baobei.attribution.masterdata;

import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.messaging.MasterDataCopy;
import java.util.List;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/** What the attribution service's writes must name (ADR 0014): a project the tenant defined. */
@Component
// the local copy of the master-data topic (deploy/messaging); imported here, where it is used, so that a web slice
// test without a database does not need it
@Import(MasterDataCopy.class)
public class MasterDataChecks {

    private final MasterDataCopy copy;

    MasterDataChecks(MasterDataCopy copy) {
        this.copy = copy;
    }

    /** A policy is set for a known project; an inactive one keeps its policy for the history it decides. */
    public void requireProject(String tenantId, String projectId) {
        if (copy.find(tenantId, Kind.PROJECT, projectId).isEmpty()) {
            throw new MasterDataRefused(List.of(new Problem("projectId", "unknown project " + projectId)));
        }
    }
}
