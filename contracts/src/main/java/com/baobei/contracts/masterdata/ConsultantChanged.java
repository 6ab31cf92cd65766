package com.baobei.contracts.masterdata;

/**
 * {@code masterdata.ConsultantChanged.v1}: one property consultant (置业顾问) of a project as it now stands; the
 * project is the envelope's {@code projectId}, consultant ids are unique within it.
 *
 * @param supervisorId the consultant's supervisor at the same project, absent when none (VIS-9's fallback)
 */
public record ConsultantChanged(String consultantId, String name, String supervisorId, boolean active)
        implements MasterDataChanged {
}
