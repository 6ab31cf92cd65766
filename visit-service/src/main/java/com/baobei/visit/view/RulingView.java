package com.baobei.visit.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One ruling on a dispute, in the order given (DSP-1: site manager, then marketing manager). */
@Entity
@Table(name = "ruling_view")
public class RulingView {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "dispute_id", nullable = false)
    private String disputeId;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "project_id", nullable = false)
    private String projectId;
    @Column(name = "level", nullable = false)
    private String level;
    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;
    @Column(name = "channel_id")
    private String channelId;
    @Column(name = "agent_id")
    private String agentId;
    @Column(name = "rationale", nullable = false)
    private String rationale;
    @Column(name = "ruled_by", nullable = false)
    private String ruledBy;
    @Column(name = "ruled_at", nullable = false)
    private Instant ruledAt;

    protected RulingView() {
    }

    RulingView(String eventId, String disputeId, String tenantId, String projectId, String level, String ownerKind,
               String channelId, String agentId, String rationale, String ruledBy, Instant ruledAt) {
        this.eventId = eventId;
        this.disputeId = disputeId;
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.level = level;
        this.ownerKind = ownerKind;
        this.channelId = channelId;
        this.agentId = agentId;
        this.rationale = rationale;
        this.ruledBy = ruledBy;
        this.ruledAt = ruledAt;
    }

    public String getEventId() { return eventId; }
    public String getDisputeId() { return disputeId; }
    public String getTenantId() { return tenantId; }
    public String getProjectId() { return projectId; }
    public String getLevel() { return level; }
    public String getOwnerKind() { return ownerKind; }
    public String getChannelId() { return channelId; }
    public String getAgentId() { return agentId; }
    public String getRationale() { return rationale; }
    public String getRuledBy() { return ruledBy; }
    public Instant getRuledAt() { return ruledAt; }
}
