package com.baobei.contracts.masterdata;

/**
 * {@code masterdata.ConsultantChanged.v1}: one property consultant (置业顾问) of a project as it now stands; the
 * project is the envelope's {@code projectId}, consultant ids are unique within it.
 *
 * @param supervisorId the consultant's supervisor at the same project, absent when none (VIS-9's fallback)
 * @param agencyId     the sales agency (代理公司) the consultant works for in a joint office, absent for the
 *                     developer's own staff: the rotations between agencies (ROT-3, ROT-4) and VIS-9 name it
 */
public record ConsultantChanged(String consultantId, String name, String supervisorId, String agencyId,
                                boolean active)
        implements MasterDataChanged {
}
