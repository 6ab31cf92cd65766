package com.baobei.registration.masterdata;

/**
 * A property consultant (置业顾问) of a project; ids are unique within the project. The supervisor, when named, is
 * a consultant of the same project (VIS-9's fallback when the consultant is away). The agency (代理公司), when named,
 * is the sales agency they work for in a joint office (ROT-3, ROT-4); an id, not a master-data entity of its own.
 */
public record Consultant(String projectId, String consultantId, String name, String supervisorId, String agencyId,
                         boolean active)
        implements MasterEntity {
}
