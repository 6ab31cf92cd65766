package com.baobei.contracts;

/**
 * Keys that tie events to a client and a project. A channel knows only the masked phone, the
 * office knows the full one; both can compute the masked form, so the masked phone is what the
 * client key is built on (ADR 0004). Two people sharing masked phone and surname share a key and
 * are told apart inside the fold by the phone hash and the signed visit form (ID-2).
 */
public final class ClientKeys {

    private ClientKeys() {
    }

    public static String clientKey(String tenantId, String projectId, String maskedPhone) {
        return tenantId + ":" + projectId + ":" + maskedPhone;
    }

    public static String projectKey(String tenantId, String projectId) {
        return tenantId + ":" + projectId;
    }
}
