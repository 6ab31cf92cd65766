package com.baobei.registration.testing;

import com.baobei.platform.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Test helper: the master data a test's registrations name, put through the API as the tenant's admin would, so
 * the registration gate (ADR 0014) lets them through. Channels work at every project with an open agreement unless
 * a test says otherwise; PUTs are idempotent, so seeding twice is harmless.
 */
public final class MasterDataSeed {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String token;

    private MasterDataSeed(String baseUrl, String tenant) {
        this.baseUrl = baseUrl;
        this.token = TestTokens.shared().of("TENANT_ADMIN", tenant);
        put("/api/v1/master-data/tenant", "{\"name\":\"" + tenant + "\"}");
    }

    /** The tenant's profile, active. */
    public static MasterDataSeed tenant(String baseUrl, String tenant) {
        return new MasterDataSeed(baseUrl, tenant);
    }

    public MasterDataSeed projects(String... projectIds) {
        for (String project : projectIds) {
            put("/api/v1/master-data/projects/" + project, "{\"name\":\"" + project + "\",\"unitTypes\":[\"RESIDENTIAL\"]}");
        }
        return this;
    }

    /** A channel of this kind at every project, open-ended, with these agents. */
    public MasterDataSeed channel(String channelId, String kind, String... agentIds) {
        put("/api/v1/master-data/channels/" + channelId, "{\"name\":\"" + channelId + "\",\"kind\":\"" + kind + "\"}");
        for (String agent : agentIds) {
            put("/api/v1/master-data/channels/" + channelId + "/agents/" + agent, "{\"name\":\"" + agent + "\"}");
        }
        return this;
    }

    /** Any PUT of the master-data API, which must answer 200. */
    public MasterDataSeed put(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PUT " + path, e);
        }
        return this;
    }
}
