package vn.reformdesk.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "reform_plan")
class ReformPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unitId;
    private int year;
    private String number;
    private LocalDate issuedOn;
    private String title;
    private OffsetDateTime createdAt;
    private String createdBy;
    @Version
    private long version;

    protected ReformPlan() {
    }

    ReformPlan(long unitId, int year, String number, LocalDate issuedOn, String title, String createdBy, OffsetDateTime now) {
        this.unitId = unitId;
        this.year = year;
        this.number = number;
        this.issuedOn = issuedOn;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    PlanRef toRef() {
        return new PlanRef(id, unitId, year, number, issuedOn, title, version);
    }

    void describe(String number, LocalDate issuedOn, String title) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.title = title;
    }

    Long getId() {
        return id;
    }

    long getUnitId() {
        return unitId;
    }

    int getYear() {
        return year;
    }

    long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReformPlan other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ReformPlan.class.hashCode();
    }
}
