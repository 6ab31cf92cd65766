package com.baobei.commission.masterdata;

import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.messaging.MasterDataCopy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * What finance's writes must name (ADR 0014): a project and a channel the tenant defined, and an agent of that channel
 * when one is named. Known is enough: an agreement is amended and a fine recorded after a channel's end too. A value
 * that is absent is left to the request's own validation (400).
 */
@Component
// the local copy of the master-data topic (deploy/messaging); imported here, where it is used, so that a web slice
// test without a database does not need it
@Import(MasterDataCopy.class)
public class MasterDataChecks {

    private final MasterDataCopy copy;

    MasterDataChecks(MasterDataCopy copy) {
        this.copy = copy;
    }

    public void require(String tenantId, String projectId, String channelId, String agentId) {
        List<Problem> problems = new ArrayList<>();
        if (present(projectId) && copy.find(tenantId, Kind.PROJECT, projectId).isEmpty()) {
            problems.add(new Problem("projectId", "unknown project " + projectId));
        }
        if (present(channelId) && copy.find(tenantId, Kind.CHANNEL, channelId).isEmpty()) {
            problems.add(new Problem("channelId", "unknown channel " + channelId));
        } else if (present(channelId) && present(agentId)
                && copy.find(tenantId, Kind.AGENT, MasterDataKeys.agentId(channelId, agentId)).isEmpty()) {
            problems.add(new Problem("agentId", "unknown agent " + agentId + " of channel " + channelId));
        }
        if (!problems.isEmpty()) {
            throw new MasterDataRefused(problems);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
