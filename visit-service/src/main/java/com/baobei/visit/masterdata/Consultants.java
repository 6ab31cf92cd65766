package com.baobei.visit.masterdata;

import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.contracts.masterdata.MasterDataKeys;
import com.baobei.messaging.MasterDataCopy;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consultants of a project as the master data has them, for the reception rules: their agency (ROT-3, ROT-4)
 * and supervisor (VIS-9). Agencies are not entities of their own: an agency is known at a project when one of its
 * consultants is.
 */
@Component
public class Consultants {

    private final MasterDataCopy copy;
    private final JdbcTemplate jdbc;

    Consultants(MasterDataCopy copy, JdbcTemplate jdbc) {
        this.copy = copy;
        this.jdbc = jdbc;
    }

    public Optional<ConsultantChanged> find(String tenantId, String projectId, String consultantId) {
        return copy.find(tenantId, Kind.CONSULTANT, MasterDataKeys.consultantId(projectId, consultantId));
    }

    /** The consultant's agency, or null (unknown consultant, or the developer's own staff). */
    public String agencyOf(String tenantId, String projectId, String consultantId) {
        return find(tenantId, projectId, consultantId).map(ConsultantChanged::agencyId).orElse(null);
    }

    /** Whether an active consultant of the project works for the agency. */
    public boolean agencyAt(String tenantId, String projectId, String agencyId) {
        Boolean found = jdbc.queryForObject("""
                select exists (select 1 from master_data where tenant_id = ? and kind = ? and id like ? escape '!'
                and active and body->>'agencyId' = ?)""", Boolean.class, tenantId, Kind.CONSULTANT.key(),
                like(projectId) + ":%", agencyId);
        return Boolean.TRUE.equals(found);
    }

    /** Ids allow '.', '_' and '-': '_' is a LIKE wildcard. */
    private static String like(String id) {
        return id.replace("!", "!!").replace("_", "!_").replace("%", "!%");
    }
}
