package vn.reformdesk.units;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.reformdesk.security.RoleRules;

/**
 * Imports the statistics office's conversion table (see {@link ConversionTable}) in one transaction: a file with
 * one bad line writes nothing, and importing the same file again changes nothing.
 * <ul>
 * <li>The new provinces and units are created valid from the table's date (1 July 2025 unless the title line or
 * the caller says otherwise), directly under their province (two levels).</li>
 * <li>Old units are looked up among the units valid on the day before. An old unit the installation does not
 * know (e.g. old Kiên Giang's communes in an installation that served old An Giang) is created from the table's
 * columns as a unit that ended that day, so every link has both ends. A code that names two units on that day
 * is a row error naming both.</li>
 * <li>Every old unit of the provinces the table names ends on the day before, except the provincial departments,
 * which stay with their province and are shown with its successor ({@link UnitService#children}).</li>
 * <li>Every predecessor → successor link is recorded with its share and note; old districts and provinces are
 * linked to the new units their communes went into (whole when all went into one, else part).</li>
 * </ul>
 */
@Service
public class ConversionImportService {

    /**
     * What an import did. A second import of the same file has {@link #changes()} zero. {@code notices} are the
     * first of what was read with an assumption ({@code noticeCount} of them in all), see {@link ConversionTable}.
     */
    public record ConversionResult(LocalDate effective, int rows, int newProvinces, int newUnits, int created, int updated,
                                   int ended, int oldUnitsAdded, int linksWritten, int links, List<RowError> notices,
                                   int noticeCount) {
        public int changes() {
            return created + updated + ended + oldUnitsAdded + linksWritten;
        }
    }

    private record Existing(long id, String code, UnitTier tier, String name, String kind, @Nullable Long parentId, String path) {
    }

    private record Link(long predecessor, long successor, LinkShare share, @Nullable String note) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConversionImportService.class);
    private final JdbcTemplate jdbc;
    private final NationalRoot nation;

    ConversionImportService(JdbcTemplate jdbc, NationalRoot nation) {
        this.jdbc = jdbc;
        this.nation = nation;
    }

    /** Imports the table; {@code effective} overrides the date in its title line (null: that date, else 1 July 2025). */
    @Transactional
    @PreAuthorize(RoleRules.ADMINISTERS)
    public ConversionResult importTable(byte[] content, @Nullable LocalDate effective) {
        long t0 = System.nanoTime();
        // the foreign-key checks of the unit table run through plans cached while the table was small (a scan of
        // the table per inserted row, half a minute for the whole country); plan them for the table as it is now
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
        ConversionTable.Parsed parsed = ConversionTable.parse(content, effective);
        long t1 = System.nanoTime();
        ConversionResult result = new Writer(parsed.effective()).write(parsed.rows(), parsed.notices(), parsed.noticeCount());
        log.info("Conversion table: {} rows parsed in {} ms, written in {} ms ({})", parsed.rows().size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000, result);
        return result;
    }

    private final class Writer {
        private final LocalDate effective;
        private final LocalDate dayBefore;
        private final Map<String, List<Existing>> oldUnits = new HashMap<>();
        private final Map<String, Existing> newUnits = new HashMap<>();
        private final List<RowError> errors = new ArrayList<>();
        private int created;
        private int updated;
        private int oldAdded;
        private final java.util.ArrayDeque<Long> ids = new java.util.ArrayDeque<>();
        private final List<Object[]> pending = new ArrayList<>();

        private void flush() {
            // one statement over arrays: a row-by-row batch of the whole country took half a minute here; the
            // foreign key to a parent inserted by the same statement is checked at its end
            insertRows("insert into unit (id, code, name, tier, kind, parent_id, path, depth, valid_from, valid_to)"
                    + " select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],"
                    + " ?::varchar[], ?::int[], ?::date[], ?::date[])", pending,
                    new String[]{"bigint", "varchar", "varchar", "varchar", "varchar", "bigint", "varchar", "int4", "date", "date"});
            pending.clear();
        }

        Writer(LocalDate effective) {
            this.effective = effective;
            this.dayBefore = effective.minusDays(1);
        }

        ConversionResult write(List<ConversionTable.Row> rows, List<RowError> notices, int noticeCount) {
            jdbc.query("select id, code, tier, name, kind, parent_id, path, valid_from from unit where tier <> 'DEPARTMENT'"
                    + " and ((valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?) or valid_from = ?)", rs -> {
                Existing e = new Existing(rs.getLong("id"), rs.getString("code"), UnitTier.valueOf(rs.getString("tier")),
                        rs.getString("name"), rs.getString("kind"), (Long) rs.getObject("parent_id"), rs.getString("path"));
                LocalDate from = rs.getObject("valid_from", LocalDate.class);
                if (effective.equals(from)) {
                    newUnits.put(e.code(), e);
                } else {
                    oldUnits.computeIfAbsent(e.tier() + ":" + e.code(), k -> new ArrayList<>()).add(e);
                }
            }, dayBefore, dayBefore, effective);

            long t0 = System.nanoTime();
            // in a ministry's installation the provinces, old and new, sit below the country
            Existing top = nation.find().map(u -> new Existing(u.id(), u.code(), u.tier(), u.name(), u.kind(), u.parentId(), u.path()))
                    .orElse(null);
            // old units, top down, created where the installation does not know them
            Map<String, Existing> oldProvinces = new LinkedHashMap<>();
            Map<String, Existing> oldDistricts = new LinkedHashMap<>();
            Map<String, Existing> oldCommunes = new LinkedHashMap<>();
            for (ConversionTable.Row r : rows) {
                Existing p = old(oldProvinces, r.oldProvince(), UnitTier.PROVINCE, top, r.line());
                if (p == null) {
                    continue;
                }
                Existing parent = p;
                if (r.oldDistrict() != null) {
                    parent = old(oldDistricts, r.oldDistrict(), UnitTier.DISTRICT, p, r.line());
                    if (parent == null) {
                        continue;
                    }
                }
                if (r.oldUnit() != null) {
                    old(oldCommunes, r.oldUnit(), UnitTier.COMMUNE, parent, r.line());
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }

            // new provinces, then their units
            Map<String, Existing> provinces = new LinkedHashMap<>();
            Map<String, Existing> units = new LinkedHashMap<>();
            for (ConversionTable.Row r : rows) {
                Existing province = provinces.computeIfAbsent(r.newProvince().code(),
                        c -> upsertNew(r.newProvince(), UnitTier.PROVINCE, top));
                units.computeIfAbsent(r.newUnit().code(), c -> upsertNew(r.newUnit(), UnitTier.COMMUNE, province));
            }

            long t1 = System.nanoTime();
            flush();
            long t2 = System.nanoTime();
            int ended = 0;
            for (Existing p : oldProvinces.values()) {
                ended += jdbc.update("update unit set valid_to = ?, version = version + 1 where path like ? and tier <> 'DEPARTMENT'"
                                + " and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to > ?)",
                        dayBefore, p.path() + "%", dayBefore, dayBefore);
            }

            long t3 = System.nanoTime();
            int[] linkCounts = writeLinks(rows, oldProvinces, oldDistricts, oldCommunes, provinces, units);
            log.info("Conversion phases (ms): match and create {}, write new units {}, end old units {}, links {}", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            return new ConversionResult(effective, rows.size(), provinces.size(), units.size(), created, updated, ended,
                    oldAdded, linkCounts[0], linkCounts[1], notices, noticeCount);
        }

        /** The old unit valid on the day before, or a new one that ended that day; null after a row error. */
        private @Nullable Existing old(Map<String, Existing> seen, ConversionTable.Named n, UnitTier tier,
                                       @Nullable Existing parent, int line) {
            Existing known = seen.get(n.code());
            if (known != null) {
                return known;
            }
            List<Existing> found = oldUnits.getOrDefault(tier + ":" + n.code(), List.of());
            if (found.size() > 1) {
                errors.add(RowError.localized(line, "", "units.conversion.error.ambiguous", n.code(),
                        found.get(0).name(), found.get(1).name(), dayBefore.toString()));
                return null;
            }
            Existing unit = found.isEmpty() ? insert(n, tier, parent, null, dayBefore) : found.getFirst();
            if (found.isEmpty()) {
                oldAdded++;
            }
            seen.put(n.code(), unit);
            return unit;
        }

        private Existing upsertNew(ConversionTable.Named n, UnitTier tier, @Nullable Existing parent) {
            Existing e = newUnits.get(n.code());
            if (e == null) {
                created++;
                return insert(n, tier, parent, effective, null);
            }
            Long parentId = parent == null ? null : parent.id();
            String path = (parent == null ? "/" : parent.path()) + e.id() + "/";
            if (e.tier() == tier && e.name().equals(n.name()) && e.kind().equals(n.kind()) && Objects.equals(e.parentId(), parentId)
                    && e.path().equals(path)) {
                return e;
            }
            flush();
            jdbc.update("update unit set tier = ?, name = ?, kind = ?, parent_id = ?, version = version + 1 where id = ?",
                    tier.name(), n.name(), n.kind(), parentId, e.id());
            if (!e.path().equals(path)) {
                jdbc.update("update unit set path = ? || substring(path from ?), depth = depth + ? where path like ?",
                        path, e.path().length() + 1, depth(path) - depth(e.path()), e.path() + "%");
            }
            updated++;
            return new Existing(e.id(), e.code(), tier, n.name(), n.kind(), parentId, path);
        }

        private Existing insert(ConversionTable.Named n, UnitTier tier, @Nullable Existing parent, @Nullable LocalDate from,
                                @Nullable LocalDate to) {
            if (ids.isEmpty()) {
                ids.addAll(jdbc.queryForList("select nextval('unit_id_seq') from generate_series(1, 500)", Long.class));
            }
            long id = ids.removeFirst();
            String path = (parent == null ? "/" : parent.path()) + id + "/";
            // parents are always queued before their children, so one ordered batch satisfies the foreign key
            pending.add(new Object[]{id, n.code(), n.name(), tier.name(), n.kind(), parent == null ? null : parent.id(), path,
                    depth(path), from, to});
            return new Existing(id, n.code(), tier, n.name(), n.kind(), parent == null ? null : parent.id(), path);
        }

        private int[] writeLinks(List<ConversionTable.Row> rows, Map<String, Existing> oldProvinces, Map<String, Existing> oldDistricts,
                                 Map<String, Existing> oldCommunes, Map<String, Existing> provinces, Map<String, Existing> units) {
            Map<String, Link> wanted = new LinkedHashMap<>();
            Map<Long, Set<Long>> districtSuccessors = new LinkedHashMap<>();
            Map<Long, Set<Long>> provinceSuccessors = new LinkedHashMap<>();
            // a row without an old commune links its old district itself, with the row's note
            Map<String, String> districtNotes = new HashMap<>();
            for (ConversionTable.Row r : rows) {
                long successor = units.get(r.newUnit().code()).id();
                String note = r.note().isEmpty() ? null : r.note();
                if (r.oldUnit() != null) {
                    long predecessor = oldCommunes.get(r.oldUnit().code()).id();
                    wanted.put(predecessor + ">" + successor, new Link(predecessor, successor, r.share(), note));
                } else if (note != null) {
                    districtNotes.put(oldDistricts.get(r.oldDistrict().code()).id() + ">" + successor, note);
                }
                if (r.oldDistrict() != null) {
                    districtSuccessors.computeIfAbsent(oldDistricts.get(r.oldDistrict().code()).id(), k -> new LinkedHashSet<>())
                            .add(successor);
                }
                // the old province is the district's own (the table once names the neighbouring province for a district)
                long oldProvince = r.oldDistrict() != null && oldDistricts.get(r.oldDistrict().code()).parentId() != null
                        ? oldDistricts.get(r.oldDistrict().code()).parentId() : oldProvinces.get(r.oldProvince().code()).id();
                provinceSuccessors.computeIfAbsent(oldProvince, k -> new LinkedHashSet<>())
                        .add(provinces.get(r.newProvince().code()).id());
            }
            for (Map<Long, Set<Long>> level : List.of(districtSuccessors, provinceSuccessors)) {
                level.forEach((predecessor, successors) -> successors.forEach(s -> wanted.put(predecessor + ">" + s,
                        new Link(predecessor, s, successors.size() == 1 ? LinkShare.WHOLE : LinkShare.PART,
                                districtNotes.get(predecessor + ">" + s)))));
            }
            Map<String, Link> existing = new HashMap<>();
            jdbc.query("select predecessor_id, successor_id, share, note from unit_link where effective = ?", rs -> {
                Link l = new Link(rs.getLong(1), rs.getLong(2), LinkShare.valueOf(rs.getString(3)), rs.getString(4));
                existing.put(l.predecessor() + ">" + l.successor(), l);
            }, effective);
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (var e : wanted.entrySet()) {
                Link l = e.getValue();
                Link before = existing.get(e.getKey());
                if (before == null) {
                    inserts.add(new Object[]{l.predecessor(), l.successor(), l.share().name(), l.note(), effective});
                } else if (!before.equals(l)) {
                    updates.add(new Object[]{l.share().name(), l.note(), l.predecessor(), l.successor()});
                }
            }
            insertRows("insert into unit_link (predecessor_id, successor_id, share, note, effective)"
                    + " select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::date[])", inserts,
                    new String[]{"bigint", "bigint", "varchar", "varchar", "date"});
            jdbc.batchUpdate("update unit_link set share = ?, note = ? where predecessor_id = ? and successor_id = ?", updates,
                    new int[]{Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT});
            return new int[]{inserts.size() + updates.size(), wanted.size()};
        }
    }

    /** Inserts rows (column values in order) with one statement whose parameters are one array per column. */
    private void insertRows(String sql, List<Object[]> rows, String[] types) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) con -> {
            try (java.sql.PreparedStatement ps = con.prepareStatement(sql)) {
                for (int c = 0; c < types.length; c++) {
                    Object[] column = new Object[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        Object v = rows.get(r)[c];
                        column[r] = v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v;
                    }
                    ps.setArray(c + 1, con.createArrayOf(types[c], column));
                }
                return ps.executeUpdate();
            }
        });
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
