package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.dossiers.DossierKpi.Target;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The targets the tiles are coloured against: a unit's own target, else its nearest ancestor's, else the default. */
@Service
@Transactional(readOnly = true)
public class DossierTargetService {

    /** A target value and where it comes from ({@code unitId} null = the default for all units). */
    public record TargetValue(Target kpi, double target, @Nullable Long unitId, long version) {
    }

    private final JdbcTemplate jdbc;
    private final UnitService units;

    DossierTargetService(JdbcTemplate jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Map<Target, TargetValue> targets(UnitRef unit) {
        units.requireReadable(unit);
        List<Long> path = java.util.Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        Map<Target, TargetValue> result = new EnumMap<>(Target.class);
        Map<Target, Integer> rank = new EnumMap<>(Target.class);
        jdbc.query("select unit_id, kpi, target, version from dossier_target where unit_id is null or unit_id = any(?)", rs -> {
            Target kpi = Target.valueOf(rs.getString("kpi"));
            long unitId = rs.getLong("unit_id");
            Long id = rs.wasNull() ? null : unitId;
            int r = id == null ? -1 : path.indexOf(id);
            if (!rank.containsKey(kpi) || rank.get(kpi) < r) {
                rank.put(kpi, r);
                result.put(kpi, new TargetValue(kpi, rs.getBigDecimal("target").doubleValue(), id, rs.getLong("version")));
            }
        }, (Object) path.toArray(Long[]::new));
        return result;
    }

    /** Sets a unit's own target (or the default when {@code unit} is null); refused when someone changed it meanwhile. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    @Transactional
    public void setTarget(@Nullable UnitRef unit, Target kpi, double value, @Nullable Long expectedVersion) {
        if (value < 0 || value > 100_000) {
            throw new IllegalArgumentException("target out of range: " + value);
        }
        Long unitId = unit == null ? null : unit.id();
        List<Long> versions = jdbc.query("select version from dossier_target where unit_id is not distinct from ? and kpi = ?",
                (rs, i) -> rs.getLong(1), unitId, kpi.name());
        if (versions.isEmpty()) {
            jdbc.update("insert into dossier_target (unit_id, kpi, target) values (?, ?, ?)", unitId, kpi.name(), BigDecimal.valueOf(value));
            return;
        }
        int n = jdbc.update("update dossier_target set target = ?, version = version + 1 where unit_id is not distinct from ? and kpi = ?"
                + " and version = ?", BigDecimal.valueOf(value), unitId, kpi.name(), expectedVersion == null ? versions.getFirst() : expectedVersion);
        if (n == 0) {
            throw new OptimisticLockingFailureException("the target was changed by someone else; reload");
        }
    }
}
