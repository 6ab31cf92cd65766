package com.baobei.demo.feed;

import com.baobei.contracts.UnitType;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Tenant;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
            JsonNode defined = api.get(services.registration().resolve("/api/v1/master-data/channels"), admin)
                    .require("channels of " + tenant.id()).body();
            for (Channel channel : month.channels()) {
                Set<String> at = new LinkedHashSet<>(projects.stream().filter(p -> p.channelIds().contains(channel.id()))
                        .map(Project::id).toList());
                if (at.isEmpty()) {
                    continue;
                }
                // a channel of the same developer in another month keeps the projects it works at there
                for (JsonNode earlier : defined) {
                    if (earlier.path("channelId").asText().equals(channel.id())) {
                        earlier.path("projectIds").forEach(p -> at.add(p.asText()));
                    }
                }
                put(api, services, admin, "/channels/" + channel.id(), Body.of().with("name", channel.name())
                        .with("kind", channel.kind()).with("projectIds", List.copyOf(at)));
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
