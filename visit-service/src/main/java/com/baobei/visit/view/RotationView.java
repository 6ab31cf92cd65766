package com.baobei.visit.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The day's queue as the last rotation event left it, head first. */
@Entity
@Table(name = "rotation_view")
public class RotationView {

    @Id
    @Column(name = "rotation_id")
    private String rotationId;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "project_id", nullable = false)
    private String projectId;
    @Column(name = "day", nullable = false)
    private LocalDate day;
    /** Consultant ids joined by ',' (ids cannot contain one). */
    @Column(name = "queue", nullable = false)
    private String queue;
    @Column(name = "last_turn_consultant_id")
    private String lastTurnConsultantId;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RotationView() {
    }

    RotationView(String rotationId, String tenantId, String projectId, LocalDate day) {
        this.rotationId = rotationId;
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.day = day;
    }

    void queue(List<String> queue, String lastTurnConsultantId, Instant updatedAt) {
        this.queue = String.join(",", queue);
        this.lastTurnConsultantId = lastTurnConsultantId;
        this.updatedAt = updatedAt;
    }

    public String getRotationId() { return rotationId; }
    public String getTenantId() { return tenantId; }
    public String getProjectId() { return projectId; }
    public LocalDate getDay() { return day; }
    public List<String> getQueue() { return queue.isEmpty() ? List.of() : Arrays.asList(queue.split(",")); }
    public String getLastTurnConsultantId() { return lastTurnConsultantId; }
    public Instant getUpdatedAt() { return updatedAt; }
}
