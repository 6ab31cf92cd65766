package com.baobei.registration.masterdata.web;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the PUTs: the entity's whole new state, its ids in the path and its tenant in the token. An absent
 * {@code active} means active. The rules are {@code MasterDataRules}', shared with the imports.
 */
final class Requests {

    private Requests() {
    }

    record TenantRequest(String name, Boolean active) {
    }

    record ProjectRequest(String name, String salesOffice, LocalDate openingDate, LocalDate salesFrom,
                          LocalDate salesTo, List<UnitType> unitTypes, Boolean active) {
    }

    record ChannelRequest(String name, ChannelKind kind, LocalDate agreementFrom, LocalDate agreementTo,
                          List<String> projectIds, Boolean active) {
    }

    record AgentRequest(String name, Boolean active) {
    }

    record ConsultantRequest(String name, String supervisorId, String agencyId, Boolean active) {
    }

    static boolean active(Boolean active) {
        return active == null || active;
    }
}
