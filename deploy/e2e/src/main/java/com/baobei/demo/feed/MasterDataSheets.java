package com.baobei.demo.feed;

import com.baobei.contracts.UnitType;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Tenant;
import java.util.List;

/**
 * The developers' sheets of a month (ADR 0014), through each tenant admin's PUTs: the tenant, its projects and their
 * consultants, the channels that work them (open agreements, so imported history of any day passes) and their
 * agents. A PUT of the same state changes nothing, so putting a month again is harmless.
 */
public final class MasterDataSheets {

    private MasterDataSheets() {
    }

    public static void put(Api api, Services services, Month month) {
        for (Tenant tenant : month.tenants()) {
            Api.Caller admin = Api.Caller.as(Users.admin(tenant.id()));
            put(api, services, admin, "/tenant", Body.of().with("name", tenant.name()));
            List<Project> projects = month.projects().stream().filter(p -> p.tenantId().equals(tenant.id())).toList();
            for (Project project : projects) {
                put(api, services, admin, "/projects/" + project.id(), Body.of().with("name", project.name())
                        .with("unitTypes", List.of(UnitType.values())));
                for (String consultant : project.consultants()) {
                    put(api, services, admin, "/projects/" + project.id() + "/consultants/" + consultant,
                            Body.of().with("name", consultant));
                }
            }
            for (Channel channel : month.channels()) {
                List<String> at = projects.stream().filter(p -> p.channelIds().contains(channel.id()))
                        .map(Project::id).toList();
                if (at.isEmpty()) {
                    continue;
                }
                put(api, services, admin, "/channels/" + channel.id(), Body.of().with("name", channel.name())
                        .with("kind", channel.kind()).with("projectIds", at));
                for (Channel.Agent agent : channel.agents()) {
                    put(api, services, admin, "/channels/" + channel.id() + "/agents/" + agent.id(),
                            Body.of().with("name", agent.name()));
                }
            }
        }
    }

    private static void put(Api api, Services services, Api.Caller admin, String path, Body body) {
        api.put(services.registration().resolve("/api/v1/master-data" + path), admin, body)
                .require("master data " + path);
    }
}
