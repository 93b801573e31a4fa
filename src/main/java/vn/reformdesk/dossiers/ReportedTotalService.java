package vn.reformdesk.dossiers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ImportNumbers;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.reformdesk.security.RoleRules;

/**
 * Period totals of units that report only the statistics form (received, early, on time, late, pending…).
 * Kept per unit and period; {@link ReportedTotals} decides when they count. SECRETARIAT and ADMIN enter
 * them for any unit, a UNIT_LEADER for units in their subtree.
 */
@Service
@Transactional(readOnly = true)
public class ReportedTotalService {

    /**
     * One unit's reported totals for a period, the statistics form's fields: received in the period (new),
     * carried over from before, online, resolved early / on time / late, withdrawn, pending at the end and of
     * which overdue, and (as some provinces publish it) due in the period. Null = the form left it empty.
     */
    public record Entry(@Nullable Long id, String unitCode, Period period, long received, @Nullable Long receivedOnline,
                        long early, long onTime, @Nullable Long late, @Nullable Long withdrawn, @Nullable Long pending,
                        @Nullable Long overdue, @Nullable String note, long version, @Nullable Long carriedOver, @Nullable Long due) {

        /** Without carried over and due. */
        public Entry(@Nullable Long id, String unitCode, Period period, long received, @Nullable Long receivedOnline,
                     long early, long onTime, @Nullable Long late, @Nullable Long withdrawn, long pending,
                     @Nullable Long overdue, @Nullable String note, long version) {
            this(id, unitCode, period, received, receivedOnline, early, onTime, late, withdrawn, (Long) pending, overdue, note, version,
                    null, null);
        }

        public DossierKpi.Figures figures() {
            return DossierKpi.fromReported(received, receivedOnline, early, onTime, late, withdrawn, pending, overdue, carriedOver, due);
        }
    }

    /** The import's columns (the first eleven are the older layout, still accepted). */
    static final String HEADER = "unit_code,period,received,received_online,early,on_time,late,withdrawn,pending,overdue,note";
    static final String HEADER_FULL = HEADER + ",carried_over,due";

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;

    ReportedTotalService(JdbcTemplate jdbc, UnitService units, CurrentUserService currentUser) {
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
    }

    public Optional<Entry> find(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        return jdbc.query("select * from dossier_reported_total where unit_id = ? and period_code = ?",
                (rs, i) -> new Entry(rs.getLong("id"), unit.code(), period, rs.getLong("received"), nullable(rs, "received_online"),
                        rs.getLong("early"), rs.getLong("on_time"), nullable(rs, "late"), nullable(rs, "withdrawn"),
                        nullable(rs, "pending"), nullable(rs, "overdue"), rs.getString("note"), rs.getLong("version"),
                        nullable(rs, "carried_over"), nullable(rs, "due")),
                unit.id(), period.code()).stream().findFirst();
    }

    /**
     * Saves a unit's totals for a period (new when {@code id} is null). A stale version, i.e. someone saved
     * in between, is refused.
     */
    @PreAuthorize(RoleRules.REPORTS_FIGURES)
    @Transactional
    public Entry save(Entry e) {
        UnitRef unit = units.findByCode(e.unitCode(), e.period())
                .orElseThrow(() -> new UserFacingException("dossiers.import.error.unit-unknown", e.unitCode()));
        List<UserFacingException> problems = problems(e);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        String user = currentUser.require().username();
        if (e.id() == null) {
            Long existing = jdbc.query("select id from dossier_reported_total where unit_id = ? and period_code = ?",
                    (rs, i) -> rs.getLong(1), unit.id(), e.period().code()).stream().findFirst().orElse(null);
            if (existing != null) {
                throw new OptimisticLockingFailureException("totals for " + e.unitCode() + " " + e.period().code() + " already exist; reload");
            }
            jdbc.update("insert into dossier_reported_total (unit_id, period_code, period_start, period_end, received, received_online,"
                            + " early, on_time, late, withdrawn, pending, overdue, note, updated_by, carried_over, due) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    unit.id(), e.period().code(), e.period().start(), e.period().end(), e.received(), e.receivedOnline(), e.early(),
                    e.onTime(), e.late(), e.withdrawn(), e.pending(), e.overdue(), e.note(), user, e.carriedOver(), e.due());
        } else {
            int n = jdbc.update("update dossier_reported_total set received = ?, received_online = ?, early = ?, on_time = ?, late = ?,"
                            + " withdrawn = ?, pending = ?, overdue = ?, note = ?, updated_by = ?, updated_at = now(), version = version + 1,"
                            + " carried_over = ?, due = ? where id = ? and unit_id = ? and version = ?",
                    e.received(), e.receivedOnline(), e.early(), e.onTime(), e.late(), e.withdrawn(), e.pending(), e.overdue(), e.note(),
                    user, e.carriedOver(), e.due(), e.id(), unit.id(), e.version());
            if (n == 0) {
                throw new OptimisticLockingFailureException("the totals of " + e.unitCode() + " " + e.period().code()
                        + " were changed by someone else; reload and enter again");
            }
        }
        return find(units.readable(unit), e.period()).orElseThrow();
    }

    /**
     * Imports totals ({@value #HEADER}, optionally followed by {@code carried_over,due}), all or nothing; a unit and period already present is replaced.
     * Returns how many rows were saved.
     */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public int importCsv(byte[] data) {
        List<RowError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(data), decoder);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(s -> s.replace("\uFEFF", "").toLowerCase()).toList();
            boolean full = header.equals(List.of(HEADER_FULL.split(",")));
            if (!full && !header.equals(List.of(HEADER.split(",")))) {
                throw new ImportRejectedException(List.of(RowError.localized(1, "", "dossiers.totals.error.header", HEADER + "[,carried_over,due]")));
            }
            int columns = full ? 13 : 11;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (r.size() != columns) {
                    errors.add(RowError.localized(line, "", "import.error.column-count", String.valueOf(columns), String.valueOf(r.size())));
                    continue;
                }
                Optional<Period> period = Period.parse(r.get(1));
                if (period.isEmpty()) {
                    errors.add(RowError.localized(line, "period", "dossiers.totals.error.period", r.get(1)));
                    continue;
                }
                Optional<UnitRef> unit = units.findByCode(r.get(0), period.get());
                if (unit.isEmpty()) {
                    errors.add(RowError.localized(line, "unit_code", "dossiers.import.error.unit-unknown", r.get(0)));
                    continue;
                }
                if (!seen.add(r.get(0) + "|" + period.get().code())) {
                    errors.add(RowError.localized(line, "unit_code", "dossiers.totals.error.twice", r.get(0), r.get(1)));
                    continue;
                }
                try {
                    Entry e = new Entry(null, r.get(0), period.get(), required(r.get(2), "received"), optional(r.get(3), "received_online"),
                            required(r.get(4), "early"), required(r.get(5), "on_time"), optional(r.get(6), "late"),
                            optional(r.get(7), "withdrawn"), optional(r.get(8), "pending"), optional(r.get(9), "overdue"),
                            r.get(10).isBlank() ? null : r.get(10), 0, full ? optional(r.get(11), "carried_over") : null,
                            full ? optional(r.get(12), "due") : null);
                    List<UserFacingException> problems = problems(e);
                    if (!problems.isEmpty()) {
                        problems.forEach(p -> errors.add(RowError.localized(line, p.field(), p.key(), p.args())));
                    } else {
                        entries.add(e);
                    }
                } catch (UserFacingException ex) {
                    errors.add(RowError.localized(line, ex.field() == null ? "" : ex.field(), ex.key(), ex.args()));
                }
            }
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.localized("import.error.not-utf8");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ImportRejectedException.localized("import.error.bad-csv", String.valueOf(e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (entries.isEmpty()) {
            throw ImportRejectedException.localized("import.error.no-rows");
        }
        for (Entry e : entries) {
            UnitRef unit = units.findByCode(e.unitCode(), e.period()).orElseThrow();
            Optional<Entry> existing = find(units.readable(unit), e.period());
            save(new Entry(existing.map(Entry::id).orElse(null), e.unitCode(), e.period(), e.received(), e.receivedOnline(), e.early(),
                    e.onTime(), e.late(), e.withdrawn(), e.pending(), e.overdue(), e.note(), existing.map(Entry::version).orElse(0L),
                    e.carriedOver(), e.due()));
        }
        return entries.size();
    }

    /** What is wrong with the totals, each on its field (the column of the import file, the field of the form). */
    private static List<UserFacingException> problems(Entry e) {
        List<UserFacingException> problems = new ArrayList<>();
        for (var v : new Object[][]{{"received", e.received()}, {"received_online", e.receivedOnline()}, {"early", e.early()},
                {"on_time", e.onTime()}, {"late", e.late()}, {"withdrawn", e.withdrawn()}, {"pending", e.pending()}, {"overdue", e.overdue()},
                {"carried_over", e.carriedOver()}, {"due", e.due()}}) {
            if (v[1] != null && (Long) v[1] < 0) {
                problems.add(UserFacingException.onField((String) v[0], "dossiers.totals.error.negative", v[0]));
            }
        }
        if (e.receivedOnline() != null && e.receivedOnline() > e.received()) {
            problems.add(UserFacingException.onField("received_online", "dossiers.totals.error.online-above-received"));
        }
        if (e.overdue() != null && e.pending() != null && e.overdue() > e.pending()) {
            problems.add(UserFacingException.onField("overdue", "dossiers.totals.error.overdue-above-pending"));
        }
        if (e.note() != null && e.note().length() > 500) {
            problems.add(UserFacingException.onField("note", "dossiers.totals.error.note-long"));
        }
        return problems;
    }

    private static long required(String s, String column) {
        if (s.isBlank()) {
            throw UserFacingException.onField(column, "dossiers.import.error.missing");
        }
        return number(s, column);
    }

    private static @Nullable Long optional(String s, String column) {
        return s.isBlank() ? null : number(s, column);
    }

    /** A count of dossiers: "1.348" is 1348, "12,5" is refused (never 125). */
    private static long number(String s, String column) {
        try {
            Long n = ImportNumbers.count(s);
            if (n == null) {
                throw UserFacingException.onField(column, "dossiers.import.error.missing");
            }
            return n;
        } catch (NumberFormatException e) {
            throw UserFacingException.onField(column, "dossiers.import.error.whole-number", s);
        }
    }

    private static @Nullable Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
