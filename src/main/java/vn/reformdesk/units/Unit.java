package vn.reformdesk.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

@Entity
@Table(name = "unit")
class Unit {

    @Id
    private Long id;
    private String code;
    private String name;
    @Column(name = "name_en")
    private @Nullable String nameEn;
    @Enumerated(EnumType.STRING)
    private UnitTier tier;
    private String kind;
    @Column(name = "parent_id")
    private @Nullable Long parentId;
    private String path;
    private int depth;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    @Version
    private long version;

    protected Unit() {
    }

    UnitRef toRef() {
        return new UnitRef(id, code, name, nameEn, tier, kind, parentId, path, depth, validFrom, validTo);
    }

    Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }
}
