package com.baobei.registration.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The first gate of a registration, over a tenant's master data held in memory. */
class RegistrationGateTest {

    /** 2026-03-31 23:30 in Shanghai: still the 31st there, already April nowhere yet. */
    private static final Instant AT = Instant.parse("2026-03-31T15:30:00Z");

    private final Map<String, MasterEntity> rows = new HashMap<>();
    private final MasterDataLookup lookup = (tenant, kind, id) -> Optional.ofNullable(rows.get(tenant + ":" + kind + ":" + id));

    @BeforeEach
    void aTenantWithOneOfEverything() {
        put(Kind.TENANT, "hongtai", new TenantProfile("鸿泰地产", true));
        put(Kind.PROJECT, "binjiang", new Project("binjiang", "滨江花园", null, null, null, null,
                List.of(UnitType.RESIDENTIAL), true));
        put(Kind.PROJECT, "yunting", new Project("yunting", "云庭", null, null, null, null, List.of(UnitType.OFFICE), true));
        put(Kind.CHANNEL, "tongcheng", new Channel("tongcheng", "同城房产", ChannelKind.AGENCY, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"), List.of("binjiang"), true));
        put(Kind.AGENT, "tongcheng:ag-1", new Agent("tongcheng", "ag-1", "陈晓", true));
    }

    @Test
    @DisplayName("known and active everything, the channel's own kind, inside the agreement: no problem")
    void passes() {
        assertThat(check("hongtai", "binjiang", "tongcheng", ChannelKind.AGENCY, "ag-1", AT)).isEmpty();
    }

    @Test
    @DisplayName("an unknown tenant is the only problem named: nothing else of it can be known")
    void unknownTenant() {
        assertThat(check("nobody", "nowhere", "fake-channel", ChannelKind.AGENCY, "ag-1", AT))
                .containsExactly("tenantId");
    }

    @Test
    @DisplayName("each unknown or inactive thing names its field")
    void namesTheField() {
        // an unknown project is the problem; that the channel does not work there would only repeat it
        assertThat(check("hongtai", "nowhere", "tongcheng", ChannelKind.AGENCY, "ag-1", AT)).containsExactly("projectId");
        assertThat(check("hongtai", "binjiang", "fake-channel", ChannelKind.AGENCY, "ag-1", AT))
                .containsExactly("channelId");
        assertThat(check("hongtai", "binjiang", "tongcheng", ChannelKind.BROKER, "ag-1", AT))
                .containsExactly("channelKind");
        assertThat(check("hongtai", "binjiang", "tongcheng", ChannelKind.AGENCY, "ag-2", AT)).containsExactly("agentId");

        put(Kind.AGENT, "tongcheng:ag-1", new Agent("tongcheng", "ag-1", "陈晓", false));
        put(Kind.PROJECT, "binjiang", new Project("binjiang", "滨江花园", null, null, null, null,
                List.of(UnitType.RESIDENTIAL), false));
        assertThat(check("hongtai", "binjiang", "tongcheng", ChannelKind.AGENCY, "ag-1", AT))
                .containsExactly("projectId", "agentId");
        put(Kind.TENANT, "hongtai", new TenantProfile("鸿泰地产", false));
        assertThat(check("hongtai", "binjiang", "tongcheng", ChannelKind.AGENCY, "ag-1", AT)).contains("tenantId");
    }

    @Test
    @DisplayName("a channel registers only at the projects it works at, and only inside its agreement (project days)")
    void worksAtTheProjectInsideTheAgreement() {
        assertThat(check("hongtai", "yunting", "tongcheng", ChannelKind.AGENCY, "ag-1", AT)).containsExactly("channelId");
        assertThat(check("hongtai", "binjiang", "tongcheng", ChannelKind.AGENCY, "ag-1", AT.plusSeconds(3600)))
                .containsExactly("channelId");
        put(Kind.CHANNEL, "tongcheng", new Channel("tongcheng", "同城房产", ChannelKind.AGENCY, null, null, List.of(),
                true));
        assertThat(check("hongtai", "yunting", "tongcheng", ChannelKind.AGENCY, "ag-1", AT.plusSeconds(3600))).isEmpty();
    }

    private List<String> check(String tenant, String project, String channel, ChannelKind kind, String agent,
                               Instant at) {
        return RegistrationGate.problems(lookup, tenant, project, channel, kind, agent, at).stream()
                .map(Problem::field).toList();
    }

    private void put(Kind kind, String id, MasterEntity entity) {
        rows.put("hongtai:" + kind + ":" + id, entity);
    }
}
