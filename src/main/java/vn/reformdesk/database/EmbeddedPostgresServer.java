package vn.reformdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.reformdesk.base.ReportingClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded PostgreSQL server per data folder and JVM. Keeps its data between runs, and first stops a
 * server that a crashed run (kill -9) left behind on the same folder.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /**
     * The server on {@code dataDir}, started if needed. {@code clean} wipes the folder first (tests).
     * {@code durable} turns fsync and synchronous commits back on: zonky starts PostgreSQL with both off,
     * which is fine for throw-away test data but could lose or corrupt kept data after a power cut.
     */
    public static synchronized EmbeddedPostgres start(Path dataDir, int port, boolean clean, boolean durable) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dir.getParent());
            stopOrphan(dir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setPort(port > 0 ? port : 0)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("timezone", ReportingClock.ZONE_NAME)
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port <= 0) {
                builder.setPort(freePort());
            }
            EmbeddedPostgres pg = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), dir,
                    (System.nanoTime() - started) / 1_000_000);
            RUNNING.put(dir, pg);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(dir), "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void close(Path dir) {
        EmbeddedPostgres pg = RUNNING.remove(dir);
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    /** A postmaster.pid whose process still runs means a previous run died without stopping its server. */
    static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive()) {
            ProcessHandle orphan = process.get();
            log.warn("Stopping the PostgreSQL server (pid {}) that a previous run left on {}", orphan.pid(), dir);
            orphan.destroy(); // SIGTERM: smart shutdown
            try {
                orphan.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
