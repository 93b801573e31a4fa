package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dossier records' yearly partitions (by the day received) and the years archived. An archived year's records
 * are no longer in {@code dossier}; its figures stay in the rollups. See {@link DossierArchiveService}.
 */
@Component
class DossierYears {

    private final JdbcTemplate jdbc;

    DossierYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The partition holding a year's records. */
    static String partition(int year) {
        return "dossier_y" + year;
    }

    /** The years whose records are archived. */
    Set<Integer> archived() {
        return new HashSet<>(jdbc.queryForList("select year from dossier_archived_year", Integer.class));
    }

    /**
     * The last day a dossier of an archived year was open, if any year is archived: a list of dossiers whose period
     * starts on or before it may miss archived records; a list of a later period cannot.
     */
    @Nullable LocalDate archivedThrough() {
        return jdbc.queryForObject("select max(open_until) from dossier_archived_year", LocalDate.class);
    }

    /** Whether the year has a partition of its own attached to {@code dossier}. */
    boolean attached(int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent = 'dossier'::regclass and c.relname = ?)", Boolean.class, partition(year)));
    }

    /**
     * Adds the partitions of the year and the next when they are missing (the migration made them up to 2030), so that
     * a year's records never land in the default partition. An archived year's table exists and is left alone.
     */
    void ensureYear(int year) {
        for (int y : List.of(year, year + 1)) {
            if (jdbc.queryForObject("select to_regclass(?)", String.class, partition(y)) == null) {
                jdbc.execute("create table " + partition(y) + " partition of dossier for values from ('" + LocalDate.of(y, 1, 1)
                        + "') to ('" + LocalDate.of(y + 1, 1, 1) + "')");
            }
        }
    }
}
