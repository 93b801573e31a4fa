package vn.reformdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Restarts a running PostgreSQL server with its own {@code pg_ctl restart -m fast} (open connections are cut,
 * the server comes back on the same port with the same options, kept in {@code postmaster.opts}). The binary
 * is the running server's own. As root, it runs under {@code unshare -U} as the embedded server does, since
 * {@code pg_ctl} refuses root.
 */
public final class PostgresRestart {

    private PostgresRestart() {
    }

    /** The pid of the server running on the data folder, from its {@code postmaster.pid}. */
    public static long pid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
    }

    /** Restarts the server on the data folder and returns the new server's pid. */
    public static long restart(Path dataDir) throws IOException, InterruptedException {
        Path dir = dataDir.toAbsolutePath().normalize();
        long before = pid(dir);
        Path bin = Files.readSymbolicLink(Path.of("/proc/" + before + "/exe")).getParent();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "restart", "-D", dir.toString(), "-m", "fast", "-w", "-t", "60",
                "-l", dir.resolveSibling(dir.getFileName() + "-restart.log").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_ctl restart failed: " + output);
        }
        long after = pid(dir);
        if (after == before) {
            throw new IllegalStateException("the server was not restarted: " + output);
        }
        return after;
    }
}
