package com.baobei.contracts.masterdata;

import com.baobei.contracts.EventData;

/**
 * The facts of the master-data topic: each is the full current state of one entity, keyed
 * {@code tenant:kind:id} ({@link MasterDataKeys}), so the topic can be compacted and a reader keeps the latest per key.
 */
public sealed interface MasterDataChanged extends EventData
        permits TenantChanged, ProjectChanged, ChannelChanged, AgentChanged, ConsultantChanged {

    /** Every entity has a name (a component of each record). */
    String name();

    /** false: no new registration, visit, agreement or policy may name it (a component of each record). */
    boolean active();
}
