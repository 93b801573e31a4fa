package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.RowError;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.reformdesk.dossiers.DossierImportRulesTest.H;
import static vn.reformdesk.dossiers.DossierImportRulesTest.row;

/**
 * A year of dossier records archived: its partition leaves the table, every figure stays, its dossiers can neither be
 * re-sent nor added, lists that may miss them say so, and restoring brings it all back. The test uses 2016, a year
 * no other test or the demo data has records in, and restores it whatever happens.
 */
@DatabaseTest
class DossierArchiveTest {

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierArchiveService archives;
    @Autowired
    DossierListService lists;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.reformdesk.base.ReportingClock clock;

    @AfterEach
    void restore2016() {
        if (jdbc.queryForObject("select count(*) from dossier_archived_year where year = 2016", Long.class) > 0) {
            AsUser.run(AsUser.admin(), () -> archives.restore(2016));
        }
    }

    private DossierImportService.Result load(String rows) {
        return AsUser.call(AsUser.secretariat(), () -> importer.importUpload((H + rows).getBytes(StandardCharsets.UTF_8)));
    }

    private List<RowError> rejected(String rows) {
        return DossierImportRulesTest.rejected(importer, (H + rows).getBytes(StandardCharsets.UTF_8));
    }

    private Figures figures(TestUnits.Tree t, int year) {
        return AsUser.call(AsUser.chair(), () -> kpis.recordFigures(units.readable(t.province()), Period.year(year)));
    }

    private long stored(String prefix) {
        return DossierImportRulesTest.stored(jdbc, prefix);
    }

    @Test
    void anArchivedYearLeavesTheTableKeepsEveryFigureRefusesItsDossiersAndComesBackWhenRestored() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        String p = t.province().code() + "-";
        String c = t.commune(0, 0).code();
        load(row(p + "a1", c, "COMMUNE", "2016-03-01 08:00", "2016-03-10", "2016-03-08 10:00", "RESULT")
                + row(p + "a2", c, "COMMUNE", "2016-12-20 08:00", "2016-12-30", "2017-01-05 10:00", "RESULT")
                + row(p + "b1", c, "COMMUNE", "2017-02-01 08:00", "2017-02-10", "2017-02-03 10:00", "RESULT"));
        Figures before2016 = figures(t, 2016);
        Figures before2017 = figures(t, 2017);
        assertThat(before2016.received()).isEqualTo(2);
        assertThat(lists.archived(Period.year(2017))).as("nothing archived yet").isNull();

        assertThatThrownBy(() -> AsUser.run(AsUser.chair(), () -> archives.archive(2016))).isInstanceOf(AccessDeniedException.class);
        ArchivedYear archived = AsUser.call(AsUser.admin(), () -> archives.archive(2016));

        assertThat(archived.records()).as("every record of 2016, the test's and any other").isGreaterThanOrEqualTo(2);
        assertThat(archived.openUntil()).as("the last day a dossier of 2016 was open").isAfterOrEqualTo(LocalDate.of(2017, 1, 5));
        assertThat(stored(p)).as("2016's records left the table, 2017's stayed").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from dossier_y2016 where id like ?", Long.class, p + "%"))
                .as("kept in a table of their own").isEqualTo(2);
        assertThat(figures(t, 2016)).as("the figures of the archived year").isEqualTo(before2016);
        assertThat(figures(t, 2017)).as("the figures of the next year").isEqualTo(before2017);
        ArchivedRecords missing = lists.archived(Period.year(2017));
        assertThat(missing).as("a list of 2017 may miss a dossier of 2016 resolved in January").isNotNull();
        assertThat(missing.years()).containsExactly(2016);
        assertThat(lists.archived(Period.year(2024))).as("a list of a later year misses none").isNull();

        List<RowError> resent = rejected(row(p + "a2", c, "COMMUNE", "2016-12-20 08:00", "2016-12-30", "2017-01-04 10:00", "RESULT"));
        assertThat(resent).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("received_at");
            assertThat(e.message()).contains("2016").contains("archived");
        });
        // re-sent with the day received corrected into 2017: its archived old state could not be replaced
        List<RowError> moved = rejected(row(p + "a2", c, "COMMUNE", "2017-01-02 08:00", "2017-01-10", "2017-01-04 10:00", "RESULT"));
        assertThat(moved).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("dossier_id");
            assertThat(e.message()).contains(p + "a2").contains("2016").contains("archived");
        });
        List<RowError> added = rejected(row(p + "b2", c, "COMMUNE", "2017-03-01 08:00", "2017-03-10", "", "")
                + row(p + "a3", c, "COMMUNE", "2016-05-01 08:00", "2016-05-10", "", ""));
        assertThat(added).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("received_at");
            assertThat(e.message()).contains("2016");
        });
        assertThat(stored(p)).as("nothing of the refused files").isEqualTo(1);

        assertThat(catchThrowableOfType(UserFacingException.class, () -> AsUser.run(AsUser.admin(), () -> archives.archive(2016))).key())
                .isEqualTo("dossiers.archive.error.already");
        int thisYear = clock.today().getYear();
        assertThat(catchThrowableOfType(UserFacingException.class, () -> AsUser.run(AsUser.admin(), () -> archives.archive(thisYear))).key())
                .isEqualTo("dossiers.archive.error.not-ended");
        load(row(p + "b3", c, "COMMUNE", "2017-04-01 08:00", "2017-04-10", "", ""));
        UserFacingException open = catchThrowableOfType(UserFacingException.class, () -> AsUser.run(AsUser.admin(), () -> archives.archive(2017)));
        assertThat(open.key()).as("a year with an open dossier stays").isEqualTo("dossiers.archive.error.open");
        assertThat(AsUser.call(AsUser.admin(), () -> archives.archived())).extracting(ArchivedYear::year).containsExactly(2016);

        AsUser.run(AsUser.admin(), () -> archives.restore(2016));
        assertThat(stored(p)).isEqualTo(4);
        assertThat(lists.archived(Period.year(2017))).isNull();
        assertThat(load(row(p + "a2", c, "COMMUNE", "2016-12-20 08:00", "2016-12-30", "2017-01-04 10:00", "RESULT")).replaced())
                .as("a restored dossier can be re-sent").isEqualTo(1);
        assertThat(figures(t, 2016)).isEqualTo(before2016);
        assertThat(catchThrowableOfType(UserFacingException.class, () -> AsUser.run(AsUser.admin(), () -> archives.restore(2016))).key())
                .isEqualTo("dossiers.archive.error.not-archived");
    }

    @Test
    void aReSentDossierMovedToAnotherYearIsStoredOnceAndItsKeyFollowsIt() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        String p = t.province().code() + "-";
        String c = t.commune(0, 0).code();
        load(row(p + "m1", c, "COMMUNE", "2023-12-30 08:00", "2024-01-10", "", ""));
        // the one-stop system corrects the day received into the next year: the record moves to 2024's partition
        assertThat(load(row(p + "m1", c, "COMMUNE", "2024-01-02 08:00", "2024-01-10", "2024-01-05 08:00", "RESULT")).replaced()).isEqualTo(1);
        assertThat(jdbc.queryForList("select tableoid::regclass::text from dossier where id = ?", String.class, p + "m1"))
                .containsExactly("dossier_y2024");
        assertThat(jdbc.queryForObject("select received_year from dossier_key where id = ?", Integer.class, p + "m1")).isEqualTo(2024);
        assertThat(figures(t, 2023).received()).isZero();
        assertThat(figures(t, 2024).received()).isEqualTo(1);
    }
}
