package vn.reformdesk.plans;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "plan_task")
class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long planId;
    private String number;
    private int sortKey;
    private String title;
    private long areaId;
    private long leadUnitId;
    private LocalDate deadline;
    private @Nullable String expectedOutput;
    private @Nullable Integer targetCount;
    private @Nullable Integer achievedCount;
    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.NOT_STARTED;
    private @Nullable LocalDate statusDate;
    private @Nullable String evidence;
    private @Nullable String reason;
    private OffsetDateTime updatedAt;
    private String updatedBy;
    @ElementCollection
    @CollectionTable(name = "plan_task_support", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_id")
    private Set<Long> supportUnitIds = new LinkedHashSet<>();
    @Version
    private long version;

    protected PlanTask() {
    }

    PlanTask(long planId, String number, int sortKey, String updatedBy, OffsetDateTime now) {
        this.planId = planId;
        this.number = number;
        this.sortKey = sortKey;
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    Long getId() { return id; }
    long getPlanId() { return planId; }
    String getNumber() { return number; }
    void setNumber(String v) { number = v; }
    int getSortKey() { return sortKey; }
    void setSortKey(int v) { sortKey = v; }
    String getTitle() { return title; }
    void setTitle(String v) { title = v; }
    long getAreaId() { return areaId; }
    void setAreaId(long v) { areaId = v; }
    long getLeadUnitId() { return leadUnitId; }
    void setLeadUnitId(long v) { leadUnitId = v; }
    LocalDate getDeadline() { return deadline; }
    void setDeadline(LocalDate v) { deadline = v; }
    @Nullable String getExpectedOutput() { return expectedOutput; }
    void setExpectedOutput(@Nullable String v) { expectedOutput = v; }
    @Nullable Integer getTargetCount() { return targetCount; }
    void setTargetCount(@Nullable Integer v) { targetCount = v; }
    @Nullable Integer getAchievedCount() { return achievedCount; }
    void setAchievedCount(@Nullable Integer v) { achievedCount = v; }
    TaskStatus getStatus() { return status; }
    void setStatus(TaskStatus v) { status = v; }
    @Nullable LocalDate getStatusDate() { return statusDate; }
    void setStatusDate(@Nullable LocalDate v) { statusDate = v; }
    @Nullable String getEvidence() { return evidence; }
    void setEvidence(@Nullable String v) { evidence = v; }
    @Nullable String getReason() { return reason; }
    void setReason(@Nullable String v) { reason = v; }
    OffsetDateTime getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
    Set<Long> getSupportUnitIds() { return supportUnitIds; }
    long getVersion() { return version; }

    void touched(String by, OffsetDateTime now) {
        updatedBy = by;
        updatedAt = now;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanTask other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return PlanTask.class.hashCode();
    }
}
