package com.baobei.registration.masterdata;

import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an entity names must exist already: a channel's projects, an agent's channel, a consultant's project and
 * supervisor. Checked before writing, against the tenant's tables; an import may name a supervisor it defines itself.
 */
public final class References {

    private References() {
    }

    /** @param alsoDefined keys of entities defined by the same request (an import), which count as existing */
    public static List<Problem> problems(MasterDataLookup lookup, String tenantId, MasterEntity entity,
                                         Set<String> alsoDefined) {
        List<Problem> problems = new ArrayList<>();
        if (entity instanceof Channel c) {
            for (int i = 0; i < c.projectIds().size(); i++) {
                if (lookup.project(tenantId, c.projectIds().get(i)).isEmpty()) {
                    problems.add(new Problem("projectIds[" + i + "]", "unknown project " + c.projectIds().get(i)));
                }
            }
        } else if (entity instanceof Agent a) {
            if (lookup.channel(tenantId, a.channelId()).isEmpty()) {
                problems.add(new Problem("channelId", "unknown channel " + a.channelId()));
            }
        } else if (entity instanceof Consultant c) {
            if (lookup.project(tenantId, c.projectId()).isEmpty()) {
                problems.add(new Problem("projectId", "unknown project " + c.projectId()));
            } else if (c.supervisorId() != null
                    && lookup.consultant(tenantId, c.projectId(), c.supervisorId()).isEmpty()
                    && !alsoDefined.contains(MasterDataKeys.key(tenantId, Kind.CONSULTANT,
                            MasterDataKeys.consultantId(c.projectId(), c.supervisorId())))) {
                problems.add(new Problem("supervisorId", "unknown consultant " + c.supervisorId() + " at project "
                        + c.projectId()));
            }
        }
        return problems;
    }
}
