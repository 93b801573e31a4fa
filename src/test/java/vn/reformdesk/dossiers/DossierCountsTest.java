package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.support.DatabaseTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file's rollup counts stay bounded in memory: past the limit of keys they go to a temp file in parts, and the
 * parts sent to the database add up to exactly the counts kept in memory.
 */
@DatabaseTest
class DossierCountsTest {

    @Autowired
    DossierRollups rollups;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private static void fill(DossierCounts counts) {
        SplittableRandom random = new SplittableRandom(7);
        String[] fields = {"LAND", "CIVIL_STATUS", "BUSINESS"};
        for (int i = 0; i < 5_000; i++) {
            LocalDateTime received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400)).atTime(8, 0);
            boolean resolved = random.nextInt(10) > 0;
            LocalDate promised = received.toLocalDate().plusDays(5);
            LocalDateTime at = resolved ? received.plusDays(random.nextInt(12)) : null;
            counts.add(1 + random.nextInt(40), fields[random.nextInt(3)], random.nextBoolean() ? "ONLINE" : "IN_PERSON", "NONE",
                    received, promised, at, resolved ? "RESULT" : null, 0, random.nextInt(3) == 0, null);
        }
    }

    private List<Map<String, Object>> sent(DossierCounts counts) {
        return new TransactionTemplate(transactions).execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                rollups.createNewCounts();
                counts.copyTo(connection);
                List<Map<String, Object>> rows = jdbc.queryForList("select unit_id, day, " + sums(DossierRollups.EVENT_COLUMNS)
                        + " from dossier_event_new group by 1, 2 order by 1, 2");
                rows.addAll(jdbc.queryForList("select unit_id, month, field, channel, service_level, " + sums(DossierRollups.SPLIT_COLUMNS)
                        + " from dossier_split_new group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5"));
                status.setRollbackOnly();
                return rows;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private static String sums(String columns) {
        return String.join(", ", java.util.Arrays.stream(columns.split(", ")).map(c -> "sum(" + c + ") " + c).toList());
    }

    @Test
    void countsSpiltToTheTempFileInPartsAddUpToTheCountsKeptInMemory() {
        try (DossierCounts inMemory = new DossierCounts(); DossierCounts spilt = new DossierCounts(300)) {
            fill(inMemory);
            fill(spilt);
            assertThat(inMemory.spills()).isZero();
            assertThat(spilt.spills()).isGreaterThan(10);
            List<Map<String, Object>> expected = sent(inMemory);
            assertThat(expected).hasSizeGreaterThan(1_000);
            assertThat(sent(spilt)).isEqualTo(expected);
        }
    }

    @Test
    void countsKeptOnTheCountingThreadAreTheCountsKeptInLine() {
        try (DossierCounts inLine = new DossierCounts(); DossierCounts background = DossierCounts.inBackground()) {
            fill(inLine);
            fill(background);
            List<Map<String, Object>> expected = sent(inLine);
            assertThat(expected).hasSizeGreaterThan(1_000);
            assertThat(sent(background)).isEqualTo(expected);
        }
    }

    @Test
    void aFailureOnTheCountingThreadReachesTheLoad() {
        try (DossierCounts background = DossierCounts.inBackground()) {
            // a row the line checks never pass on (no promised date) fails on the counting thread; the caller hears of it
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5_000; i++) {
                    background.add(1, "LAND", "ONLINE", "NONE", LocalDateTime.of(2024, 1, 1, 8, 0), null, null, null, 0, false, null);
                }
                background.spills();
            }).isInstanceOf(RuntimeException.class);
        }
    }
}
