package com.baobei.visit.pii;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Secrets of the keyed phone hash (ID-4): one per tenant, else the default. A tenant's secret
 * must never change once numbers were hashed under it, or its old and new hashes stop matching.
 */
@ConfigurationProperties("baobei.pii")
public record PiiProperties(Map<String, String> tenantSecrets, String defaultSecret) {

    public PiiProperties {
        tenantSecrets = tenantSecrets == null ? Map.of() : Map.copyOf(tenantSecrets);
        if (defaultSecret == null || defaultSecret.isBlank()) {
            throw new IllegalArgumentException("baobei.pii.default-secret must be set (BAOBEI_PII_DEFAULT_SECRET)");
        }
    }

    public String secretOf(String tenantId) {
        String secret = tenantSecrets.get(tenantId);
        return secret == null || secret.isBlank() ? defaultSecret : secret;
    }
}
