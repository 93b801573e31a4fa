package vn.reformdesk.plans;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The plan areas (lĩnh vực) the secretariat keeps, per year: an area serves the plans of the years
 * {@code fromYear..toYear} (no bound when empty). Every change is kept with who and when. Everyone signed in
 * reads them; the secretariat and ADMIN write.
 */
@Service
@Transactional(readOnly = true)
public class PlanAreaService {

    /** An area and the years it serves. */
    public record AreaRow(long id, String code, String name, @Nullable String nameEn, int sortOrder, boolean active,
                          @Nullable Integer fromYear, @Nullable Integer toYear, long version) {
        public String label(Locale locale) {
            return AppLocales.name(name, nameEn, locale);
        }

        public boolean serves(int year) {
            return active && (fromYear == null || fromYear <= year) && (toYear == null || year <= toYear);
        }
    }

    /** What the secretariat writes about an area. */
    public record AreaDraft(String code, String name, @Nullable String nameEn, @Nullable Integer fromYear, @Nullable Integer toYear,
                            boolean active) {
    }

    public record AreaChange(OffsetDateTime at, String by, String field, @Nullable String oldValue, @Nullable String newValue) {
    }

    private static final String COLUMNS = "select id, code, name, name_en, sort_order, active, from_year, to_year, version from plan_area";

    private final JdbcClient jdbc;
    private final CurrentUserService currentUser;

    PlanAreaService(JdbcClient jdbc, CurrentUserService currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public List<AreaRow> all() {
        return jdbc.sql(COLUMNS + " order by sort_order, code").query((rs, n) -> row(rs)).list();
    }

    /** The areas the plans of a year use, in their order. */
    public List<AreaRow> forYear(int year) {
        return all().stream().filter(a -> a.serves(year)).toList();
    }

    public List<AreaChange> history(long areaId) {
        return jdbc.sql("select changed_at, changed_by, field, old_value, new_value from plan_area_change where area_id = :id"
                        + " order by changed_at desc, id desc")
                .param("id", areaId)
                .query((rs, n) -> new AreaChange(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public AreaRow create(AreaDraft draft) {
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!code.matches("[A-Z0-9_]{1,32}")) {
            throw UserFacingException.onField("code", "plans.error.area-code");
        }
        if (all().stream().anyMatch(a -> a.code().equals(code))) {
            throw UserFacingException.onField("code", "plans.error.area-exists", code);
        }
        check(draft);
        int sort = all().stream().mapToInt(AreaRow::sortOrder).max().orElse(0) + 1;
        long id = jdbc.sql("insert into plan_area (code, name, name_en, sort_order, active, from_year, to_year)"
                        + " values (:code, :name, :en, :sort, :active, :from, :to) returning id")
                .param("code", code).param("name", draft.name().trim()).param("en", blankToNull(draft.nameEn())).param("sort", sort)
                .param("active", draft.active()).param("from", draft.fromYear()).param("to", draft.toYear())
                .query(Long.class).single();
        record(id, "created", null, code + " " + draft.name().trim());
        return get(id);
    }

    /** Saves an area as edited, if nobody saved it since {@code expectedVersion}; each changed field goes to the history. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public AreaRow update(long id, long expectedVersion, AreaDraft draft) {
        AreaRow before = get(id);
        check(draft);
        int n = jdbc.sql("update plan_area set name = :name, name_en = :en, active = :active, from_year = :from, to_year = :to,"
                        + " version = version + 1 where id = :id and version = :version")
                .param("name", draft.name().trim()).param("en", blankToNull(draft.nameEn())).param("active", draft.active())
                .param("from", draft.fromYear()).param("to", draft.toYear()).param("id", id).param("version", expectedVersion)
                .update();
        if (n == 0) {
            throw new UserFacingException("plans.error.area-concurrent");
        }
        AreaRow after = get(id);
        diff(id, "name", before.name(), after.name());
        diff(id, "nameEn", before.nameEn(), after.nameEn());
        diff(id, "fromYear", str(before.fromYear()), str(after.fromYear()));
        diff(id, "toYear", str(before.toYear()), str(after.toYear()));
        diff(id, "active", String.valueOf(before.active()), String.valueOf(after.active()));
        return after;
    }

    public AreaRow get(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NoSuchElementException("no area " + id));
    }

    private static void check(AreaDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw UserFacingException.onField("name", "plans.error.area-name");
        }
        if (draft.name().trim().length() > 200) {
            throw UserFacingException.onField("name", "plans.error.area-name-long");
        }
        if (draft.nameEn() != null && draft.nameEn().trim().length() > 200) {
            throw UserFacingException.onField("nameEn", "plans.error.area-name-long");
        }
        if (draft.fromYear() != null && draft.toYear() != null && draft.fromYear() > draft.toYear()) {
            throw UserFacingException.onField("toYear", "plans.error.area-years");
        }
        for (Integer y : java.util.Arrays.asList(draft.fromYear(), draft.toYear())) {
            if (y != null && (y < 1990 || y > 2100)) {
                throw UserFacingException.onField("fromYear", "plans.error.area-years");
            }
        }
    }

    private void diff(long id, String field, @Nullable String oldValue, @Nullable String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            record(id, field, oldValue, newValue);
        }
    }

    private void record(long id, String field, @Nullable String oldValue, @Nullable String newValue) {
        jdbc.sql("insert into plan_area_change (area_id, changed_by, field, old_value, new_value) values (:id, :by, :field, :old, :new)")
                .param("id", id).param("by", currentUser.require().username()).param("field", field).param("old", oldValue)
                .param("new", newValue).update();
    }

    private static AreaRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AreaRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                rs.getInt("sort_order"), rs.getBoolean("active"), (Integer) rs.getObject("from_year"), (Integer) rs.getObject("to_year"),
                rs.getLong("version"));
    }

    private static @Nullable String str(@Nullable Object o) {
        return o == null ? null : o.toString();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
