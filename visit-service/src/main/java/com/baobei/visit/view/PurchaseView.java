package com.baobei.visit.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The office's read model of a purchase: its latest stage, and whether it was cancelled. The office may choose
 * the purchase id, so it is unique only within a tenant.
 */
@Entity
@Table(name = "purchase_view")
@IdClass(PurchaseView.Key.class)
public class PurchaseView {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "purchase_id")
    private String purchaseId;
    @Column(name = "project_id", nullable = false)
    private String projectId;
    @Column(name = "stage", nullable = false)
    private String stage;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "unit_type", nullable = false)
    private String unitType;
    @Column(name = "amount", nullable = false, precision = 17, scale = 2)
    private BigDecimal amount;
    @Column(name = "buyer_surname", nullable = false)
    private String buyerSurname;
    @Column(name = "masked_phone", nullable = false)
    private String maskedPhone;
    @Column(name = "phone_hash", nullable = false)
    private String phoneHash;
    @Column(name = "consultant_id", nullable = false)
    private String consultantId;
    @Column(name = "related_surname")
    private String relatedSurname;
    @Column(name = "related_masked_phone")
    private String relatedMaskedPhone;
    @Column(name = "related_phone_hash")
    private String relatedPhoneHash;
    @Column(name = "relation")
    private String relation;
    /** Evidence references, one per line. */
    @Column(name = "evidence_refs")
    private String evidenceRefs;
    @Column(name = "insider", nullable = false)
    private boolean insider;
    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;
    @Column(name = "contracted_at")
    private Instant contractedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;

    protected PurchaseView() {
    }

    PurchaseView(String purchaseId, String tenantId, String projectId, Instant subscribedAt) {
        this.purchaseId = purchaseId;
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.subscribedAt = subscribedAt;
    }

    void stage(String stage, String unitId, String unitType, BigDecimal amount, String buyerSurname,
               String maskedPhone, String phoneHash, String consultantId, boolean insider) {
        this.stage = stage;
        this.unitId = unitId;
        this.unitType = unitType;
        this.amount = amount;
        this.buyerSurname = buyerSurname;
        this.maskedPhone = maskedPhone;
        this.phoneHash = phoneHash;
        this.consultantId = consultantId;
        this.insider = insider;
    }

    void relatedParty(String surname, String maskedPhone, String phoneHash, String relation, String evidenceRefs) {
        this.relatedSurname = surname;
        this.relatedMaskedPhone = maskedPhone;
        this.relatedPhoneHash = phoneHash;
        this.relation = relation;
        this.evidenceRefs = evidenceRefs;
    }

    void contracted(Instant at) {
        this.contractedAt = at;
    }

    void cancelled(Instant at, String reason) {
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    /** The primary key: tenant and purchase id. */
    public static class Key implements Serializable {
        private String tenantId;
        private String purchaseId;

        protected Key() {
        }

        public Key(String tenantId, String purchaseId) {
            this.tenantId = tenantId;
            this.purchaseId = purchaseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(purchaseId, k.purchaseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, purchaseId);
        }
    }

    public String getPurchaseId() { return purchaseId; }
    public String getTenantId() { return tenantId; }
    public String getProjectId() { return projectId; }
    public String getStage() { return stage; }
    public String getUnitId() { return unitId; }
    public String getUnitType() { return unitType; }
    public BigDecimal getAmount() { return amount; }
    public String getBuyerSurname() { return buyerSurname; }
    public String getMaskedPhone() { return maskedPhone; }
    public String getPhoneHash() { return phoneHash; }
    public String getConsultantId() { return consultantId; }
    public String getRelatedSurname() { return relatedSurname; }
    public String getRelatedMaskedPhone() { return relatedMaskedPhone; }
    public String getRelatedPhoneHash() { return relatedPhoneHash; }
    public String getRelation() { return relation; }
    public String getEvidenceRefs() { return evidenceRefs; }
    public boolean isInsider() { return insider; }
    public Instant getSubscribedAt() { return subscribedAt; }
    public Instant getContractedAt() { return contractedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
}
