package com.baobei.visit.rotation;

import java.time.LocalDate;

/** One rotation per project and calendar day (ROT-1): {@code tenant:project:2025-03-02}. */
public final class RotationId {

    private RotationId() {
    }

    public static String of(String tenantId, String projectId, LocalDate day) {
        return tenantId + ":" + projectId + ":" + day;
    }
}
