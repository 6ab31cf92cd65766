package com.baobei.registration.masterdata;

/**
 * A property consultant (置业顾问) of a project; ids are unique within the project. The supervisor, when named, is
 * a consultant of the same project (VIS-9's fallback when the consultant is away).
 */
public record Consultant(String projectId, String consultantId, String name, String supervisorId, boolean active)
        implements MasterEntity {
}
