package vn.reformdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    /** Run in a child JVM: starts the server, writes a row, then dies like kill -9 (no shutdown hooks). */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgresServer.start(Path.of(args[0]), 0, false, true);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v int)");
            s.execute("insert into kept values (42)");
        }
        Runtime.getRuntime().halt(0);
    }

    @Test
    void aServerLeftBehindByACrashedRunIsStoppedAndTheDataSurvives(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process crashed = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresServerTest.class.getName(), dir.toString()).inheritIO().start();
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedPostgres restarted = EmbeddedPostgresServer.start(dir, 0, false, true);

        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (Connection c = restarted.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select v from kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            ResultSet fsync = s.executeQuery("show fsync");
            fsync.next();
            assertThat(fsync.getString(1)).isEqualTo("on");
        }
    }
}
