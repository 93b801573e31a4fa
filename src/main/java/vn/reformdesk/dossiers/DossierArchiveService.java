package vn.reformdesk.dossiers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;

import java.time.LocalDate;
import java.util.List;

/**
 * Archives a year of dossier records and brings it back. Archiving detaches the year's partition from {@code dossier}:
 * the records stay in the database as the table {@code dossier_yYYYY}, which an administrator may dump and drop;
 * every figure stays as it was, since the rollups are kept apart from the records. A year can be archived once it
 * has ended and none of its dossiers is still open. While it is archived, its records cannot be re-sent (their old
 * state is not there to be replaced) and a list of a period that starts on or before the last day one of them was
 * open says that it may miss them.
 */
@Service
public class DossierArchiveService {

    private final JdbcTemplate jdbc;
    private final DossierYears years;
    private final DossierRollups rollups;
    private final ReportingClock clock;
    private final CurrentUserService currentUser;

    DossierArchiveService(JdbcTemplate jdbc, DossierYears years, DossierRollups rollups, ReportingClock clock,
                          CurrentUserService currentUser) {
        this.jdbc = jdbc;
        this.years = years;
        this.rollups = rollups;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The archived years, oldest first. */
    @PreAuthorize(RoleRules.ADMINISTERS)
    @Transactional(readOnly = true)
    public List<ArchivedYear> archived() {
        return jdbc.query("select year, records, open_until, archived_by from dossier_archived_year order by year",
                (rs, i) -> new ArchivedYear(rs.getInt("year"), rs.getLong("records"), rs.getObject("open_until", LocalDate.class),
                        rs.getString("archived_by")));
    }

    /** Detaches the year's records from the dossier table; refused for a year not ended, already archived or with open dossiers. */
    @PreAuthorize(RoleRules.ADMINISTERS)
    @Transactional
    public ArchivedYear archive(int year) {
        rollups.lock();
        if (year >= clock.today().getYear()) {
            throw new UserFacingException("dossiers.archive.error.not-ended", String.valueOf(year));
        }
        if (years.archived().contains(year)) {
            throw new UserFacingException("dossiers.archive.error.already", String.valueOf(year));
        }
        if (!years.attached(year)) {
            throw new UserFacingException("dossiers.archive.error.no-partition", String.valueOf(year));
        }
        String table = DossierYears.partition(year);
        // one read of the partition: its records, those still open, and the last day one of them was open
        record Contents(long records, long open, LocalDate openUntil) {
        }
        Contents c = jdbc.queryForObject("select count(*), count(*) filter (where resolved_at is null),"
                + " coalesce(max(resolved_at)::date, make_date(?, 12, 31)) from " + table,
                (rs, i) -> new Contents(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)), year);
        if (c.open() > 0) {
            throw new UserFacingException("dossiers.archive.error.open", String.valueOf(year), c.open());
        }
        long records = c.records();
        LocalDate openUntil = c.openUntil();
        jdbc.execute("alter table dossier detach partition " + table);
        String by = currentUser.require().username();
        jdbc.update("insert into dossier_archived_year (year, records, open_until, archived_by) values (?, ?, ?, ?)",
                year, records, openUntil, by);
        return new ArchivedYear(year, records, openUntil, by);
    }

    /** Attaches an archived year's records again; refused when its table was dropped. */
    @PreAuthorize(RoleRules.ADMINISTERS)
    @Transactional
    public void restore(int year) {
        rollups.lock();
        if (!years.archived().contains(year)) {
            throw new UserFacingException("dossiers.archive.error.not-archived", String.valueOf(year));
        }
        String table = DossierYears.partition(year);
        if (jdbc.queryForObject("select to_regclass(?)", String.class, table) == null) {
            throw new UserFacingException("dossiers.archive.error.table-gone", String.valueOf(year), table);
        }
        jdbc.execute("alter table dossier attach partition " + table + " for values from ('" + LocalDate.of(year, 1, 1)
                + "') to ('" + LocalDate.of(year + 1, 1, 1) + "')");
        jdbc.update("delete from dossier_archived_year where year = ?", year);
    }
}
