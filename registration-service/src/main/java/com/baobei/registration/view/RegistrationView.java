package com.baobei.registration.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a channel sees of its own registration here; the verdict comes from the attribution service. */
@Entity
@Table(name = "registration_view")
public class RegistrationView {

    @Id
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "project_id", nullable = false)
    private String projectId;
    @Column(name = "channel_id", nullable = false)
    private String channelId;
    @Column(name = "channel_kind", nullable = false)
    private String channelKind;
    @Column(name = "agent_id", nullable = false)
    private String agentId;
    @Column(name = "client_surname", nullable = false)
    private String clientSurname;
    @Column(name = "masked_phone", nullable = false)
    private String maskedPhone;
    @Column(name = "expected_visit_at")
    private Instant expectedVisitAt;
    @Column(name = "companion_count", nullable = false)
    private int companionCount;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "intake", nullable = false)
    private String intake;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "short_code", nullable = false)
    private String shortCode;

    protected RegistrationView() {
    }

    RegistrationView(String registrationId, String tenantId, String projectId, String channelId, String channelKind,
                     String agentId, String clientSurname, String maskedPhone, Instant expectedVisitAt,
                     int companionCount, Instant registeredAt, String intake, String importedBy) {
        this.registrationId = registrationId;
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.channelId = channelId;
        this.channelKind = channelKind;
        this.agentId = agentId;
        this.clientSurname = clientSurname;
        this.maskedPhone = maskedPhone;
        this.expectedVisitAt = expectedVisitAt;
        this.companionCount = companionCount;
        this.registeredAt = registeredAt;
        this.intake = intake;
        this.importedBy = importedBy;
        this.shortCode = ShortCode.of(registrationId);
    }

    public String getRegistrationId() { return registrationId; }
    public String getTenantId() { return tenantId; }
    public String getProjectId() { return projectId; }
    public String getChannelId() { return channelId; }
    public String getChannelKind() { return channelKind; }
    public String getAgentId() { return agentId; }
    public String getClientSurname() { return clientSurname; }
    public String getMaskedPhone() { return maskedPhone; }
    public Instant getExpectedVisitAt() { return expectedVisitAt; }
    public int getCompanionCount() { return companionCount; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getIntake() { return intake; }
    public String getImportedBy() { return importedBy; }
    public String getShortCode() { return shortCode; }
}
