package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with at least as many dossiers as are stored (a first load, years of history at once) writes the ids
 * without the key's index and builds it again; it must find the same conflicts as a daily file does.
 */
@DatabaseTest
class DossierFirstLoadTest {

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFileLargerThanWhatIsStoredRebuildsTheKeyAndStillFindsAnIdTwiceAndAReSend() throws Exception {
        TestUnits.Tree t = testUnits.province(2, 2, 1);
        List<DossierGenerator.Desk> desks = new ArrayList<>();
        t.districts().forEach(d -> desks.add(new DossierGenerator.Desk(d.code(), d.tier())));
        t.communes().forEach(l -> l.forEach(x -> desks.add(new DossierGenerator.Desk(x.code(), x.tier()))));
        long storedKeys = jdbc.queryForObject("select count(*) from dossier_key", Long.class);
        long rows = storedKeys + 50;
        StringWriter out = new StringWriter();
        DossierGenerator.write(out, desks, rows, 2023, 2024, 9151);
        String file = out.toString();
        String firstRow = file.lines().skip(1).findFirst().orElseThrow();
        String firstId = firstRow.substring(0, firstRow.indexOf(','));
        long keyIndex = keyIndex();

        // an id twice in such a file: refused with both lines, nothing written, the key as it was
        List<RowError> errors = DossierImportRulesTest.rejected(importer, (file + firstRow + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo((int) rows + 2);
            assertThat(e.column()).isEqualTo("dossier_id");
            assertThat(e.args()).containsExactly(firstId, "2");
        });
        assertThat(DossierImportRulesTest.stored(jdbc, "G9151-")).isZero();
        assertThat(keyIndex()).as("the key's index after a refused file").isEqualTo(keyIndex);

        // loaded (in a transaction rolled back at the end, so the shared database keeps its size): the key's index is
        // a new one, it holds every id, and a re-send of one of them replaces the stored state
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            DossierImportService.Result first = AsUser.call(AsUser.secretariat(),
                    () -> importer.importUpload(file.getBytes(StandardCharsets.UTF_8)));
            assertThat(first.rows()).isEqualTo(rows);
            assertThat(first.replaced()).isZero();
            assertThat(keyIndex()).as("the key's index is built again").isNotEqualTo(keyIndex);
            assertThat(jdbc.queryForObject("select count(*) from dossier_key where id like 'G9151-%'", Long.class)).isEqualTo(rows);
            long rebuilt = keyIndex();
            DossierImportService.Result again = AsUser.call(AsUser.secretariat(),
                    () -> importer.importUpload((DossierCsv.HEADER + "\n" + firstRow + "\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(again.replaced()).isEqualTo(1);
            assertThat(keyIndex()).as("a small file adds to the index").isEqualTo(rebuilt);
            assertThat(DossierImportRulesTest.stored(jdbc, "G9151-")).isEqualTo(rows);
            status.setRollbackOnly();
        });
        assertThat(DossierImportRulesTest.stored(jdbc, "G9151-")).isZero();
    }

    /** The storage of dossier_key's primary key index: a new one when the index was built again. */
    private long keyIndex() {
        return jdbc.queryForObject("select i.oid::bigint from pg_constraint c join pg_class i on i.oid = c.conindid"
                + " where c.conname = 'dossier_key_pkey' and c.contype = 'p'", Long.class);
    }
}
