package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of the database under a running app: every connection cut (what a database restart or failover does
 * to the pool) and an import whose database session dies half-way (what killing the app in the middle of an
 * import does). The app must answer the next request without a restart, and leave nothing half-written.
 */
@DatabaseTest
class DatabaseFaultTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierImportService importer;

    private HttpResponse<String> kpi() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/dossiers/kpi?unit=892&period=2019"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("chair:demo1234".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private int cutEveryOtherConnection() {
        return jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where pid <> pg_backend_pid() and datname = current_database()", Integer.class);
    }

    @Test
    void afterEveryDatabaseConnectionIsCutTheNextRequestWorks() throws Exception {
        assertThat(kpi().statusCode()).isEqualTo(200);
        assertThat(cutEveryOtherConnection()).isPositive();
        HttpResponse<String> next = kpi();
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        assertThat(next.body()).contains("\"unit\":\"892\"").contains("\"received\":");
    }

    @Test
    void anImportWhoseDatabaseSessionDiesHalfWayLeavesNothingWritten() throws Exception {
        String prefix = "FAULT-" + System.nanoTime() + "-";
        CountDownLatch halfWay = new CountDownLatch(1);
        CountDownLatch cut = new CountDownLatch(1);
        InputStream slowFile = new InputStream() {
            private byte[] chunk = (DossierCsv.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int rows;

            @Override
            public int read() throws IOException {
                while (pos >= chunk.length) {
                    if (rows == 5_000) {
                        halfWay.countDown();
                        try {
                            cut.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                    }
                    if (rows == 10_000) {
                        return -1;
                    }
                    rows++;
                    chunk = (prefix + rows + ",30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2024-06-03 08:00,2024-06-10,"
                            + "2024-06-05 09:00,RESULT,0,false,\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return chunk[pos++];
            }
        };
        CompletableFuture<Object> load = CompletableFuture.supplyAsync(() -> {
            try {
                return AsUser.call(AsUser.secretariat(), () -> importer.importStream(slowFile));
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(halfWay.await(120, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        cutEveryOtherConnection();
        cut.countDown();
        Object outcome = load.get(120, TimeUnit.SECONDS);
        assertThat(outcome).as("the import fails").isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from dossier where id like ?", Long.class, prefix + "%"))
                .as("no dossier of the broken import").isZero();
        // and the app goes on
        assertThat(kpi().statusCode()).isEqualTo(200);
    }
}
