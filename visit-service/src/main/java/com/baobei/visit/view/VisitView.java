package com.baobei.visit.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The office's read model of a visit. The full number is not here: it is joined from client_contact by hash. */
@Entity
@Table(name = "visit_view")
public class VisitView {

    @Id
    @Column(name = "visit_id")
    private String visitId;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "project_id", nullable = false)
    private String projectId;
    @Column(name = "kind", nullable = false)
    private String kind;
    @Column(name = "client_surname")
    private String clientSurname;
    @Column(name = "masked_phone")
    private String maskedPhone;
    @Column(name = "phone_hash")
    private String phoneHash;
    @Column(name = "consultant_id")
    private String consultantId;
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "agent_signature")
    private String agentSignature;
    @Column(name = "consultant_signature")
    private String consultantSignature;
    @Column(name = "site_manager_signature")
    private String siteManagerSignature;
    @Column(name = "form_invalid", nullable = false)
    private boolean formInvalid;
    @Column(name = "invalid_reason")
    private String invalidReason;
    @Column(name = "form_status")
    private String formStatus;
    @Column(name = "accompanied_visit_id")
    private String accompaniedVisitId;
    @Column(name = "referrer_phone_hash")
    private String referrerPhoneHash;
    @Column(name = "insider", nullable = false)
    private boolean insider;
    @Column(name = "non_client_reason")
    private String nonClientReason;
    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "turn_taken", nullable = false)
    private boolean turnTaken;
    @Column(name = "channel_id")
    private String channelId;
    /** Rule ids joined by ','. */
    @Column(name = "reception_rule_ids")
    private String receptionRuleIds;
    @Column(name = "reception_reason")
    private String receptionReason;
    @Column(name = "outside_routing", nullable = false)
    private boolean outsideRouting;

    protected VisitView() {
    }

    VisitView(String visitId, String tenantId, String projectId, String kind, String clientSurname,
              String maskedPhone, String phoneHash, String consultantId, String registrationId,
              String accompaniedVisitId, String referrerPhoneHash, boolean insider, String nonClientReason,
              Instant visitedAt, String recordedBy, boolean turnTaken) {
        this.visitId = visitId;
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.kind = kind;
        this.clientSurname = clientSurname;
        this.maskedPhone = maskedPhone;
        this.phoneHash = phoneHash;
        this.consultantId = consultantId;
        this.registrationId = registrationId;
        this.accompaniedVisitId = accompaniedVisitId;
        this.referrerPhoneHash = referrerPhoneHash;
        this.insider = insider;
        this.nonClientReason = nonClientReason;
        this.visitedAt = visitedAt;
        this.recordedBy = recordedBy;
        this.turnTaken = turnTaken;
    }

    void form(String agentSignature, String consultantSignature, String siteManagerSignature, boolean invalid,
              String invalidReason, String status) {
        this.agentSignature = agentSignature;
        this.consultantSignature = consultantSignature;
        this.siteManagerSignature = siteManagerSignature;
        this.formInvalid = invalid;
        this.invalidReason = invalidReason;
        this.formStatus = status;
    }

    public String getVisitId() { return visitId; }
    public String getTenantId() { return tenantId; }
    public String getProjectId() { return projectId; }
    public String getKind() { return kind; }
    public String getClientSurname() { return clientSurname; }
    public String getMaskedPhone() { return maskedPhone; }
    public String getPhoneHash() { return phoneHash; }
    public String getConsultantId() { return consultantId; }
    public String getRegistrationId() { return registrationId; }
    public String getAgentSignature() { return agentSignature; }
    public String getConsultantSignature() { return consultantSignature; }
    public String getSiteManagerSignature() { return siteManagerSignature; }
    public boolean isFormInvalid() { return formInvalid; }
    public String getInvalidReason() { return invalidReason; }
    public String getFormStatus() { return formStatus; }
    public String getAccompaniedVisitId() { return accompaniedVisitId; }
    public String getReferrerPhoneHash() { return referrerPhoneHash; }
    public boolean isInsider() { return insider; }
    public String getNonClientReason() { return nonClientReason; }
    public Instant getVisitedAt() { return visitedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getChannelId() { return channelId; }
    public java.util.List<String> getReceptionRuleIds() {
        return receptionRuleIds == null || receptionRuleIds.isEmpty() ? java.util.List.of()
                : java.util.Arrays.asList(receptionRuleIds.split(","));
    }
    public String getReceptionReason() { return receptionReason; }
    public boolean isOutsideRouting() { return outsideRouting; }

    /** ROT-4, VIS-9: the channel that brought the visit and why its consultant received it. */
    void reception(String channelId, java.util.List<String> ruleIds, String reason, boolean outsideRouting) {
        this.channelId = channelId;
        this.receptionRuleIds = ruleIds.isEmpty() ? null : String.join(",", ruleIds);
        this.receptionReason = reason;
        this.outsideRouting = outsideRouting;
    }
    public boolean isTurnTaken() { return turnTaken; }
}
