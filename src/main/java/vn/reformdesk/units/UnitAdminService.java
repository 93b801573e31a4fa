package vn.reformdesk.units;

import vn.reformdesk.base.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reformdesk.security.RoleRules;

/** Changes to the unit tree besides the GSO import: departments, units with a validity period. ADMIN only. */
@Service
@PreAuthorize(RoleRules.ADMINISTERS)
public class UnitAdminService {

    /**
     * A unit to create. {@code parentId} null makes a province (in a ministry's installation: below the country)
     * or, with tier NATION, the country.
     */
    public record NewUnit(String code, String name, @Nullable String nameEn, UnitTier tier, String kind,
                          @Nullable Long parentId, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    private static final Map<UnitTier, List<UnitTier>> ALLOWED_PARENTS = Map.of(
            UnitTier.NATION, List.of(),
            UnitTier.PROVINCE, List.of(UnitTier.NATION),
            UnitTier.DISTRICT, List.of(UnitTier.PROVINCE),
            UnitTier.COMMUNE, List.of(UnitTier.PROVINCE, UnitTier.DISTRICT),
            UnitTier.DEPARTMENT, List.of(UnitTier.PROVINCE, UnitTier.DISTRICT));

    private final JdbcTemplate jdbc;
    private final UnitRepository units;
    private final NationalRoot nation;

    UnitAdminService(JdbcTemplate jdbc, UnitRepository units, NationalRoot nation) {
        this.jdbc = jdbc;
        this.units = units;
        this.nation = nation;
    }

    @Transactional
    public UnitRef create(NewUnit n) {
        if (n.code().isBlank()) {
            throw UserFacingException.onField("code", "units.admin.error.required");
        }
        if (n.name().isBlank()) {
            throw UserFacingException.onField("name", "units.admin.error.required");
        }
        if (n.validFrom() != null && n.validTo() != null && n.validTo().isBefore(n.validFrom())) {
            throw UserFacingException.onField("validTo", "units.admin.error.valid-to-before-from");
        }
        String parentPath = "/";
        @Nullable Long parentId = n.parentId();
        if (parentId == null && n.tier() == UnitTier.PROVINCE) {
            parentId = nation.find().map(UnitRef::id).orElse(null);
        }
        if (parentId != null) {
            long parentKey = parentId;
            UnitRef parent = units.findById(parentKey).map(Unit::toRef)
                    .orElseThrow(() -> UserFacingException.onField("parentId", "units.admin.error.no-parent", String.valueOf(parentKey)));
            if (!ALLOWED_PARENTS.get(n.tier()).contains(parent.tier())) {
                throw UserFacingException.onField("parentId", "units.admin.error.tier-under", n.tier().name(), parent.tier().name());
            }
            parentPath = parent.path();
        } else if (n.tier() != UnitTier.PROVINCE && n.tier() != UnitTier.NATION) {
            throw UserFacingException.onField("parentId", "units.admin.error.needs-parent", n.tier().name());
        }
        Long id = jdbc.queryForObject("select nextval('unit_id_seq')", Long.class);
        String path = parentPath + id + "/";
        jdbc.update("insert into unit (id, code, name, name_en, tier, kind, parent_id, path, depth, valid_from, valid_to)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?)",
                id, n.code(), n.name(), n.nameEn(), n.tier().name(), n.kind(), parentId, path,
                (int) path.chars().filter(c -> c == '/').count() - 2, n.validFrom(), n.validTo());
        return units.findById(id).orElseThrow().toRef();
    }

    /** Ends a unit's validity (abolished, merged): it stays with its history but is no longer current. */
    @Transactional
    public void endValidity(long unitId, LocalDate lastDay) {
        jdbc.update("update unit set valid_to = ?, version = version + 1 where id = ?", lastDay, unitId);
    }
}
