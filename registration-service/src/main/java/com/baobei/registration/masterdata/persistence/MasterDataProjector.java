package com.baobei.registration.masterdata.persistence;

import com.baobei.registration.masterdata.MasterDataDefined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Subscribing, so the row is written in the command's own transaction: the next registration is checked against
 * the master data the PUT just answered for, and an import's rows exist, or none do.
 */
@Component
@ProcessingGroup(MasterDataProjector.GROUP)
class MasterDataProjector {

    static final String GROUP = "master-data-view";

    private final MasterDataTable table;

    MasterDataProjector(MasterDataTable table) {
        this.table = table;
    }

    @EventHandler
    void on(MasterDataDefined e) {
        table.put(e.tenantId(), e.entity(), e.changedAt());
    }
}
