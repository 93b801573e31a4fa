package vn.reformdesk.targets;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.scorecard.TargetLookup;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.reformdesk.security.RoleRules;

/**
 * Targets as data. The target of a measure for a unit and year is, in this order: the unit's own, else the
 * nearest unit's above it, else the province-wide default (no unit); within each, the one set for the latest
 * year up to the year asked (a target stays in force until another is set).
 */
@Service
@Transactional(readOnly = true)
public class TargetService implements TargetLookup {

    /** Highest value a target may take (counts of dossiers are the largest figures targeted). */
    static final double MAX = 10_000_000;

    private record Row(long unitId, boolean isDefault, int year, Target.Comparison comparison, double value) {
    }

    private final JdbcClient jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;

    TargetService(JdbcClient jdbc, UnitService units, CurrentUserService currentUser) {
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
    }

    @Override
    public @Nullable Target target(String targetId, UnitRef unit, int year) {
        return value(targetId, unit, year).effective();
    }

    /** The target of a measure for the unit and year, with the unit's own value and where an inherited one comes from. */
    public TargetValue value(String targetId, UnitRef unit, int year) {
        units.requireReadable(unit);
        List<Long> path = pathIds(unit);
        List<Row> rows = jdbc.sql("select coalesce(unit_id, 0) as unit_id, unit_id is null as is_default, year, comparison, value"
                        + " from scorecard_target where target_id = :id and year <= :year"
                        + " and (unit_id is null or unit_id in (:path)) order by year desc")
                .param("id", targetId).param("year", year).param("path", path)
                .query((rs, n) -> new Row(rs.getLong("unit_id"), rs.getBoolean("is_default"), rs.getInt("year"),
                        Target.Comparison.valueOf(rs.getString("comparison")), rs.getBigDecimal("value").doubleValue()))
                .list();
        Row best = null;
        int bestDepth = -2;
        for (Row r : rows) {
            // rows come latest year first: the first row found at a depth is the one in force there
            int depth = r.isDefault() ? -1 : path.indexOf(r.unitId());
            if (depth > bestDepth) {
                best = r;
                bestDepth = depth;
            }
        }
        Row own = rows.stream().filter(r -> !r.isDefault() && r.unitId() == unit.id()).findFirst().orElse(null);
        if (best == null) {
            return new TargetValue(targetId, null, null, null, null);
        }
        Target.Source source = best.isDefault() ? Target.Source.PROVINCE_DEFAULT
                : best.unitId() == unit.id() ? Target.Source.UNIT : Target.Source.ANCESTOR;
        long fromId = best.unitId();
        String from = source == Target.Source.ANCESTOR ? units.pathOf(unit).stream()
                .filter(u -> u.id() == fromId).map(UnitRef::name).findFirst().orElse(null) : null;
        return new TargetValue(targetId, own == null ? null : own.value(), own == null ? null : own.year(),
                new Target(best.comparison(), best.value(), source), from);
    }

    /** The province-wide default in force for the year, or null. */
    public @Nullable Target defaultTarget(String targetId, int year) {
        return jdbc.sql("select comparison, value from scorecard_target where target_id = :id and year <= :year and unit_id is null"
                        + " order by year desc limit 1")
                .param("id", targetId).param("year", year)
                .query((rs, n) -> new Target(Target.Comparison.valueOf(rs.getString(1)), rs.getBigDecimal(2).doubleValue(),
                        Target.Source.PROVINCE_DEFAULT))
                .optional().orElse(null);
    }

    /**
     * Sets the target of a measure from the year on, for a unit ({@code unit} null: the province-wide default);
     * a null value removes the unit's own target for that year, so that it inherits again.
     */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public void set(String targetId, @Nullable UnitRef unit, int year, Target.Comparison comparison, @Nullable Double value) {
        if (unit != null) {
            units.requireReadable(unit);
        }
        if (year < 1990 || year > 2100) {
            throw UserFacingException.onField("year", "targets.error.year");
        }
        if (value != null && (value.isNaN() || value < 0 || value > MAX)) {
            throw UserFacingException.onField("value", "targets.error.value");
        }
        if (unit == null && value == null) {
            throw UserFacingException.onField("value", "targets.error.default-required");
        }
        Long unitId = unit == null ? null : unit.id();
        Double old = jdbc.sql("select value from scorecard_target where target_id = :id and year = :year and unit_id is not distinct from :unit")
                .param("id", targetId).param("year", year).param("unit", unitId, java.sql.Types.BIGINT)
                .query((rs, n) -> rs.getBigDecimal(1).doubleValue()).optional().orElse(null);
        String by = currentUser.require().username();
        if (value == null) {
            jdbc.sql("delete from scorecard_target where target_id = :id and year = :year and unit_id is not distinct from :unit")
                    .param("id", targetId).param("year", year).param("unit", unitId, java.sql.Types.BIGINT).update();
        } else if (old == null) {
            jdbc.sql("insert into scorecard_target (target_id, year, unit_id, comparison, value, updated_by)"
                            + " values (:id, :year, :unit, :cmp, :value, :by)")
                    .param("id", targetId).param("year", year).param("unit", unitId, java.sql.Types.BIGINT)
                    .param("cmp", comparison.name()).param("value", BigDecimal.valueOf(value)).param("by", by).update();
        } else {
            jdbc.sql("update scorecard_target set value = :value, comparison = :cmp, updated_at = now(), updated_by = :by,"
                            + " version = version + 1 where target_id = :id and year = :year and unit_id is not distinct from :unit")
                    .param("id", targetId).param("year", year).param("unit", unitId, java.sql.Types.BIGINT)
                    .param("cmp", comparison.name()).param("value", BigDecimal.valueOf(value)).param("by", by).update();
        }
        if (!java.util.Objects.equals(old, value)) {
            jdbc.sql("insert into scorecard_target_change (target_id, year, unit_id, old_value, new_value, changed_by)"
                            + " values (:id, :year, :unit, :old, :new, :by)")
                    .param("id", targetId).param("year", year).param("unit", unitId, java.sql.Types.BIGINT)
                    .param("old", old == null ? null : BigDecimal.valueOf(old), java.sql.Types.NUMERIC)
                    .param("new", value == null ? null : BigDecimal.valueOf(value), java.sql.Types.NUMERIC)
                    .param("by", by).update();
        }
    }

    /** The changes of the targets of the unit (and the defaults), newest first. */
    public List<TargetChange> history(UnitRef unit, int limit) {
        units.requireReadable(unit);
        return jdbc.sql("select c.target_id, c.year, u.name, c.old_value, c.new_value, c.changed_at, c.changed_by"
                        + " from scorecard_target_change c left join unit u on u.id = c.unit_id"
                        + " where c.unit_id is null or c.unit_id = :unit order by c.changed_at desc, c.id desc limit :limit")
                .param("unit", unit.id()).param("limit", limit)
                .query((rs, n) -> new TargetChange(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).doubleValue(),
                        rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).doubleValue(),
                        rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
    }

    public boolean canEdit() {
        return currentUser.find().map(RoleRules::keepsRecords).orElse(false);
    }

    private static List<Long> pathIds(UnitRef unit) {
        List<Long> ids = new ArrayList<>(Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList());
        if (ids.isEmpty()) {
            ids.add(unit.id());
        }
        return ids;
    }
}
