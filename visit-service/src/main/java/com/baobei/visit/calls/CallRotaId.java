package com.baobei.visit.calls;

/**
 * One call rota per project: {@code tenant:project:calls}. The suffix keeps it apart from the day's reception
 * rotation ({@code tenant:project:2025-03-02}) in the one event store, where aggregate ids share one space.
 */
public final class CallRotaId {

    private CallRotaId() {
    }

    public static String of(String tenantId, String projectId) {
        return tenantId + ":" + projectId + ":calls";
    }
}
