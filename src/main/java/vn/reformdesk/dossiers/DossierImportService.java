package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.RowError;
import vn.reformdesk.units.UnitTier;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.reformdesk.security.RoleRules;

/**
 * Loads dossier records, all or nothing, idempotent on the dossier id: a dossier sent again replaces its
 * earlier state. The file streams through a line check straight into PostgreSQL's COPY of {@code dossier}
 * (partitioned by the year received; the rollup events are counted on the way), then the ids into
 * {@code dossier_key}, which keeps them unique across the years. So a load of new dossiers writes the table once.
 * When the keys meet an id already stored or repeated in the file, both COPYs are rolled back and the checked rows
 * (kept in a spill file) go through a temp staging table instead: the old states of re-sent dossiers are deleted
 * and kept, the new states inserted, duplicates reported with their lines. Either way the rollups get the
 * difference ({@link DossierRollups}). Records of an archived year can be neither added nor re-sent
 * ({@link DossierArchiveService}). Any error: every problem with its line, nothing written.
 */
@Service
public class DossierImportService {

    /** What an import did. */
    public record Result(long rows, long replaced, long millis) {
        public long inserted() {
            return rows - replaced;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DossierImportService.class);
    private static final int MAX_ERRORS = 200;
    private static final String COLS = "id, unit_id, desk_level, procedure_code, field, channel, service_level, received_at,"
            + " promised_date, resolved_at, outcome, supplement_days, apology_issued, apology_date, waiting_since";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final DossierRollups rollups;
    private final long maxUploadBytes;
    private final ReportingClock clock;
    private final DossierYears years;

    DossierImportService(JdbcTemplate jdbc, DataSource dataSource, DossierRollups rollups, ReportingClock clock, DossierYears years,
                         @Value("${reformdesk.dossiers.max-upload-mb:256}") long maxUploadMb) {
        this.jdbc = jdbc;
        this.years = years;
        this.clock = clock;
        this.dataSource = dataSource;
        this.rollups = rollups;
        this.maxUploadBytes = maxUploadMb * 1024 * 1024;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** An upload (UI or HTTP): refused when larger than the upload limit; the command line has none. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public Result importUpload(byte[] data) {
        if (data.length > maxUploadBytes) {
            throw ImportRejectedException.localized("dossiers.import.error.too-large", String.valueOf(data.length / (1024 * 1024)),
                    String.valueOf(maxUploadBytes / (1024 * 1024)));
        }
        return load(new java.io.ByteArrayInputStream(data));
    }

    /** A file or stream of any size (command line, benchmark). */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public Result importStream(InputStream in) {
        return load(in);
    }

    private Result load(InputStream in) {
        long started = System.nanoTime();
        rollups.lock();
        jdbc.execute("set local work_mem = '256MB'");
        Map<String, List<DossierCsv.UnitKey>> units = unitKeys();
        Set<Integer> archived = years.archived();
        years.ensureYear(clock.today().getYear());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Path spill = null;
        Path keys = null;
        DossierCounts counts = DossierCounts.inBackground();
        try {
            spill = Files.createTempFile("dossier-load-", ".copy");
            keys = Files.createTempFile("dossier-keys-", ".copy");
            // First try: COPY straight into dossier, then the ids into dossier_key. It succeeds when no id of the
            // file is stored yet and none repeats inside the file (the usual fresh load). The checked rows also go
            // to a spill file, so a key conflict (re-sent dossiers, or an id twice in the file) falls back to the
            // staged merge.
            Savepoint direct = connection.setSavepoint();
            long rows = copy(connection, in, units, archived, counts, spill, keys);
            long checked = System.nanoTime();
            if (rows == 0) {
                throw ImportRejectedException.localized("dossiers.import.error.no-dossiers");
            }
            long replaced = 0;
            boolean conflict = !copyKeys(connection, keys, rows);
            if (conflict) {
                connection.rollback(direct);
                rollups.createDelta();
                replaced = merge(connection, spill, archived);
            } else {
                connection.releaseSavepoint(direct);
                rollups.createDelta();
            }
            long merged = System.nanoTime();
            rollups.createNewCounts();
            counts.copyTo(connection);
            rollups.apply(true);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Loaded {} dossiers ({} replaced) in {} ms: check+copy {} ms ({} spills of counts), {} {} ms, rollups {} ms",
                    rows, replaced, millis, (checked - started) / 1_000_000, counts.spills(),
                    conflict ? "ids already stored or repeated, staged merge" : "no id stored before, keys copied",
                    (merged - checked) / 1_000_000, (System.nanoTime() - merged) / 1_000_000);
            return new Result(rows, replaced, millis);
        } catch (SQLException e) {
            throw new IllegalStateException("dossier load failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
            counts.close();
            delete(spill);
            delete(keys);
        }
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    /**
     * COPY of the file's ids and years into dossier_key; false when one is stored already or repeats in the file.
     * A file with at least as many rows as there are stored keys (a first load, or years of history at once) copies
     * them without the primary key and builds it again afterwards: sorting the ids once is about twice as fast as
     * adding them one by one to the index. The rebuilt key finds the same conflicts; the caller's rollback to its
     * savepoint also restores the key as it was.
     */
    private boolean copyKeys(Connection connection, Path keys, long rows) throws SQLException, IOException {
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        boolean bulk = jdbc.queryForObject("select count(*) from (select 1 from dossier_key limit ?) k", Long.class, rows) < rows;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(keys), 1 << 20)) {
            if (bulk) {
                jdbc.execute("alter table dossier_key drop constraint dossier_key_pkey");
            }
            copyManager.copyIn("copy dossier_key (id, received_year) from stdin", in, 1 << 20);
            if (bulk) {
                jdbc.execute("set local maintenance_work_mem = '1GB'");
                jdbc.execute("alter table dossier_key add constraint dossier_key_pkey primary key (id)");
            }
            return true;
        } catch (SQLException | DuplicateKeyException e) {
            return !uniqueViolation(e);
        }
    }

    /**
     * The staged merge, when the keys of the direct COPY met a stored or repeated id: the checked rows (from the spill
     * file) go to a temp staging table; the old states of re-sent dossiers are deleted into dossier_delta
     * (sign −1) with their keys, and the batch inserted with its keys; an id twice in the file is reported with both
     * line numbers, a re-sent dossier whose stored record is archived with its line.
     *
     * @return how many stored dossiers the file replaced
     */
    private long merge(Connection connection, Path spill, Set<Integer> archived) throws SQLException, IOException {
        jdbc.execute("create temp table if not exists dossier_stage (line_no int not null, id varchar(64) not null,"
                + " unit_id bigint not null, desk_level varchar(12), procedure_code varchar(64), field varchar(40),"
                + " channel varchar(12), service_level varchar(16), received_at timestamp, promised_date date,"
                + " resolved_at timestamp, outcome varchar(12), supplement_days int, apology_issued boolean, apology_date date, waiting_since date)"
                + " on commit drop");
        jdbc.execute("truncate dossier_stage");
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(spill), 1 << 20)) {
            copyManager.copyIn("copy dossier_stage (line_no, " + COLS + ") from stdin", in, 1 << 20);
        }
        jdbc.execute("analyze dossier_stage");
        if (!archived.isEmpty()) {
            // a dossier whose stored record was archived cannot be replaced: its old state is no longer in the table
            List<RowError> errors = new ArrayList<>();
            jdbc.query("select s.line_no, s.id, k.received_year from dossier_stage s join dossier_key k on k.id = s.id"
                    + " join dossier_archived_year a on a.year = k.received_year order by s.line_no limit " + MAX_ERRORS, rs -> {
                errors.add(RowError.localized(rs.getInt("line_no"), "dossier_id", "dossiers.import.error.archived-record",
                        rs.getString("id"), String.valueOf(rs.getInt("received_year"))));
            });
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }
        }
        String deltaCols = "unit_id, field, channel, service_level, received_at, promised_date, resolved_at, outcome, supplement_days, apology_issued, waiting_since";
        // old states of re-sent dossiers leave the table and the rollups
        long replaced = jdbc.update("with old as (delete from dossier d using dossier_stage s where d.id = s.id returning d.*)"
                + " insert into dossier_delta (sign, " + deltaCols + ") select -1, " + deltaCols + " from old");
        jdbc.update("delete from dossier_key k using dossier_stage s where k.id = s.id");
        Savepoint savepoint = connection.setSavepoint();
        try {
            jdbc.update("insert into dossier_key (id, received_year) select id, extract(year from received_at)::int from dossier_stage");
            jdbc.update("insert into dossier (" + COLS + ") select " + COLS + " from dossier_stage");
        } catch (DuplicateKeyException e) {
            connection.rollback(savepoint);
            throw new ImportRejectedException(duplicates());
        }
        return replaced;
    }

    /**
     * Streams the file through the line check into COPY of {@code dossier}, writing every checked row with its
     * line number to {@code spill} and its id and year to {@code keys} as well (the caller copies the keys, and on a
     * conflict rolls the COPY back and merges from the spill file). A row received in an archived year is an error.
     *
     * @return how many rows were checked
     */
    private long copy(Connection connection, InputStream in, Map<String, List<DossierCsv.UnitKey>> units, Set<Integer> archived,
                      DossierCounts counts, Path spill, Path keys) throws SQLException, IOException {
        List<RowError> errors = new ArrayList<>();
        java.time.LocalDate today = clock.today();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy dossier (" + COLS + ") from stdin");
        long rows = 0;
        int lineNo = 1;
        try (Utf8Lines reader = new Utf8Lines(in);
             OutputStream spilled = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 20);
             OutputStream keyed = new BufferedOutputStream(Files.newOutputStream(keys), 1 << 20)) {
            String header = reader.readLine();
            if (header == null) {
                throw ImportRejectedException.localized("dossiers.import.error.empty");
            }
            List<String> headerValues = DossierCsv.split(header);
            RowError problem = DossierCsv.headerProblem(headerValues);
            if (problem != null) {
                throw new ImportRejectedException(List.of(problem));
            }
            StringBuilder buffer = new StringBuilder(1 << 19);
            StringBuilder numbered = new StringBuilder(1 << 19);
            StringBuilder keyLines = new StringBuilder(1 << 16);
            String line;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    errors.add(RowError.localized(lineNo + 1, "", "import.error.not-utf8"));
                    break;
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                int from = buffer.length();
                DossierCsv.check(lineNo, DossierCsv.split(line), headerValues.size(), units, today, buffer, errors, counts);
                if (buffer.length() > from) {
                    int year = receivedYear(buffer, from);
                    if (archived.contains(year)) {
                        errors.add(RowError.localized(lineNo, "received_at", "dossiers.import.error.archived-year", String.valueOf(year)));
                        buffer.setLength(from);
                    } else {
                        numbered.append(lineNo).append('\t').append(buffer, from, buffer.length());
                        keyLines.append(buffer, from, buffer.indexOf("\t", from)).append('\t').append(year).append('\n');
                    }
                }
                rows++;
                if (errors.size() >= MAX_ERRORS) {
                    errors.add(RowError.localized(lineNo, "", "dossiers.import.error.too-many", String.valueOf(MAX_ERRORS)));
                    break;
                }
                if (!errors.isEmpty()) {
                    buffer.setLength(0);
                    numbered.setLength(0);
                    keyLines.setLength(0);
                } else if (buffer.length() > 1 << 18) {
                    flush(copy, buffer);
                    spill(spilled, numbered);
                    spill(keyed, keyLines);
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }
            flush(copy, buffer);
            spill(spilled, numbered);
            spill(keyed, keyLines);
            copy.endCopy();
            return rows;
        } finally {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // the COPY failed already; the caller rolls back to before it
                }
            }
        }
    }

    private static boolean uniqueViolation(Exception e) throws SQLException {
        if (e instanceof DuplicateKeyException || e instanceof SQLException s && "23505".equals(s.getSQLState())) {
            return true;
        }
        if (e instanceof SQLException s) {
            throw s;
        }
        throw (RuntimeException) e;
    }

    /** The year of the received_at column (the eighth) of the COPY row starting at {@code from}. */
    private static int receivedYear(StringBuilder row, int from) {
        int at = from;
        for (int tabs = 0; tabs < 7; tabs++) {
            at = row.indexOf("\t", at) + 1;
        }
        return Integer.parseInt(row, at, at + 4, 10);
    }

    private static void spill(OutputStream out, StringBuilder buffer) throws IOException {
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private List<RowError> duplicates() {
        List<RowError> errors = new ArrayList<>();
        jdbc.query("select id, array_agg(line_no order by line_no) lines from dossier_stage group by id having count(*) > 1"
                        + " order by min(line_no) limit " + MAX_ERRORS,
                rs -> {
                    Integer[] lines = (Integer[]) rs.getArray("lines").getArray();
                    for (int i = 1; i < lines.length; i++) {
                        errors.add(RowError.localized(lines[i], "dossier_id", "dossiers.import.error.twice", rs.getString("id"),
                                String.valueOf(lines[0])));
                    }
                });
        return errors;
    }

    private Map<String, List<DossierCsv.UnitKey>> unitKeys() {
        Map<String, List<DossierCsv.UnitKey>> map = new HashMap<>();
        jdbc.query("select id, code, tier, valid_from, valid_to, name from unit order by valid_from nulls first", rs -> {
            map.computeIfAbsent(rs.getString("code"), k -> new ArrayList<>()).add(new DossierCsv.UnitKey(rs.getLong("id"),
                    UnitTier.valueOf(rs.getString("tier")),
                    rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class),
                    rs.getString("name")));
        });
        return map;
    }
}
