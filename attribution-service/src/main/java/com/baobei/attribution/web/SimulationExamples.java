package com.baobei.attribution.web;

/** One request per rule family for the OpenAPI document; each is also posted by a test, so they stay valid. */
public final class SimulationExamples {

    private SimulationExamples() {
    }

    /** REG-1, REG-2, REG-4, VIS-7: two channels register one client; the second too late and too close to the visit. */
    public static final String REG = """
            {
              "events": [
                {"eventId": "ex-reg-1", "eventType": "registration.Registered.v1", "source": "registration-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:138****5678",
                 "occurredAt": "2025-03-01T01:00:00Z", "recordedAt": "2025-03-01T01:00:00Z",
                 "data": {"registrationId": "r-a", "channelId": "ch-a", "channelKind": "AGENCY", "agentId": "ag-a1",
                          "clientSurname": "王", "maskedPhone": "138****5678", "intake": "API"}},
                {"eventId": "ex-reg-2", "eventType": "registration.Registered.v1", "source": "registration-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:138****5678",
                 "occurredAt": "2025-03-01T02:50:00Z", "recordedAt": "2025-03-01T02:50:00Z",
                 "data": {"registrationId": "r-b", "channelId": "ch-b", "channelKind": "BROKER", "agentId": "ag-b1",
                          "clientSurname": "王", "maskedPhone": "138****5678", "intake": "API"}},
                {"eventId": "ex-vis-1", "eventType": "visit.Visited.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:138****5678",
                 "occurredAt": "2025-03-01T03:00:00Z", "recordedAt": "2025-03-01T03:01:00Z",
                 "data": {"visitId": "v-1", "kind": "CLIENT", "clientSurname": "王", "maskedPhone": "138****5678",
                          "phoneHash": "9f2c51d0a7", "consultantId": "cs-1", "registrationId": "r-b",
                          "form": {"agentSignature": "ag-b1", "consultantSignature": "cs-1", "siteManagerSignature": "sm-1",
                                   "invalid": false}}}
              ]
            }""";

    /** VIS-1, VIS-4, VIS-5: a confirmed first visit opens 30 days of protection; a re-signed visit in the last 7 renews it. */
    public static final String VIS = """
            {
              "policy": {"protectionDays": 30, "renewalWindowDays": 7},
              "events": [
                {"eventId": "ex-reg-1", "eventType": "registration.Registered.v1", "source": "registration-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:139****1234",
                 "occurredAt": "2025-03-02T01:00:00Z", "recordedAt": "2025-03-02T01:00:00Z",
                 "data": {"registrationId": "r-1", "channelId": "ch-a", "channelKind": "AGENCY", "agentId": "ag-a1",
                          "clientSurname": "李", "maskedPhone": "139****1234", "intake": "API"}},
                {"eventId": "ex-vis-1", "eventType": "visit.Visited.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:139****1234",
                 "occurredAt": "2025-03-02T03:00:00Z", "recordedAt": "2025-03-02T03:00:00Z",
                 "data": {"visitId": "v-1", "kind": "CLIENT", "clientSurname": "李", "maskedPhone": "139****1234",
                          "phoneHash": "4be1c0d2e3", "consultantId": "cs-1", "registrationId": "r-1",
                          "form": {"agentSignature": "ag-a1", "consultantSignature": "cs-1", "siteManagerSignature": "sm-1",
                                   "invalid": false}}},
                {"eventId": "ex-vis-2", "eventType": "visit.Visited.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:139****1234",
                 "occurredAt": "2025-03-27T06:00:00Z", "recordedAt": "2025-03-27T06:00:00Z",
                 "data": {"visitId": "v-2", "kind": "CLIENT", "clientSurname": "李", "maskedPhone": "139****1234",
                          "phoneHash": "4be1c0d2e3", "consultantId": "cs-1", "registrationId": "r-1",
                          "form": {"agentSignature": "ag-a1", "consultantSignature": "cs-1", "siteManagerSignature": "sm-1",
                                   "invalid": false}}}
              ]
            }""";

    /** PUR-1, PUR-3: the protecting channel earns the flat; the parking space earns nobody. */
    public static final String PUR = """
            {
              "events": [
                {"eventId": "ex-reg-1", "eventType": "registration.Registered.v1", "source": "registration-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:137****8888",
                 "occurredAt": "2025-03-03T01:00:00Z", "recordedAt": "2025-03-03T01:00:00Z",
                 "data": {"registrationId": "r-1", "channelId": "ch-a", "channelKind": "AGENCY", "agentId": "ag-a1",
                          "clientSurname": "张", "maskedPhone": "137****8888", "intake": "API"}},
                {"eventId": "ex-vis-1", "eventType": "visit.Visited.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:137****8888",
                 "occurredAt": "2025-03-03T04:00:00Z", "recordedAt": "2025-03-03T04:00:00Z",
                 "data": {"visitId": "v-1", "kind": "CLIENT", "clientSurname": "张", "maskedPhone": "137****8888",
                          "phoneHash": "7d0e11aa42", "consultantId": "cs-2", "registrationId": "r-1",
                          "form": {"agentSignature": "ag-a1", "consultantSignature": "cs-2", "siteManagerSignature": "sm-1",
                                   "invalid": false}}},
                {"eventId": "ex-pur-1", "eventType": "visit.Purchased.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:137****8888",
                 "occurredAt": "2025-03-10T07:00:00Z", "recordedAt": "2025-03-10T07:00:00Z",
                 "data": {"purchaseId": "pu-1", "stage": "SUBSCRIPTION", "unitId": "3-1201", "unitType": "RESIDENTIAL",
                          "amount": "1880000.00", "buyerSurname": "张", "maskedPhone": "137****8888",
                          "phoneHash": "7d0e11aa42", "consultantId": "cs-3", "insider": false}},
                {"eventId": "ex-pur-2", "eventType": "visit.Purchased.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:137****8888",
                 "occurredAt": "2025-03-10T07:30:00Z", "recordedAt": "2025-03-10T07:30:00Z",
                 "data": {"purchaseId": "pu-2", "stage": "SUBSCRIPTION", "unitId": "B2-088", "unitType": "PARKING",
                          "amount": "150000.00", "buyerSurname": "张", "maskedPhone": "137****8888",
                          "phoneHash": "7d0e11aa42", "consultantId": "cs-3", "insider": false}}
              ]
            }""";

    /** DSP-1, DSP-2, VIS-2: a natural visit belongs to the office; the channel disputes; the site manager rules for it. */
    public static final String DSP = """
            {
              "events": [
                {"eventId": "ex-vis-1", "eventType": "visit.Visited.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:136****0001",
                 "occurredAt": "2025-03-04T02:00:00Z", "recordedAt": "2025-03-04T02:00:00Z",
                 "data": {"visitId": "v-1", "kind": "CLIENT", "clientSurname": "赵", "maskedPhone": "136****0001",
                          "phoneHash": "c3a9e0f117", "consultantId": "cs-1", "insider": false}},
                {"eventId": "ex-dsp-1", "eventType": "registration.Disputed.v1", "source": "registration-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:136****0001",
                 "occurredAt": "2025-03-04T09:00:00Z", "recordedAt": "2025-03-04T09:00:00Z",
                 "data": {"disputeId": "d-1", "channelId": "ch-a", "agentId": "ag-a1", "kind": "OWNERSHIP",
                          "clientSurname": "赵", "maskedPhone": "136****0001", "evidenceRefs": ["chat-log-0304"],
                          "statement": "我们前一天电话约访过该客户"}},
                {"eventId": "ex-rul-1", "eventType": "visit.DisputeRuled.v1", "source": "visit-service",
                 "tenantId": "t-demo", "projectId": "p-demo", "clientKey": "t-demo:p-demo:136****0001",
                 "occurredAt": "2025-03-05T02:00:00Z", "recordedAt": "2025-03-05T02:00:00Z",
                 "data": {"disputeId": "d-1", "ownerKind": "CHANNEL", "channelId": "ch-a", "agentId": "ag-a1",
                          "rationale": "call records show the appointment", "ruledBy": "sm-1", "level": "SITE_MANAGER"}}
              ]
            }""";
}
