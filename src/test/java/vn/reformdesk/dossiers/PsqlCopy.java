package vn.reformdesk.dossiers;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.BenchmarkReport;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

/**
 * The yardstick of the dossier benchmarks: psql's {@code \copy} of the same dossier file into a table of the same
 * columns with the same primary key, in the same database; returns the line to print.
 */
final class PsqlCopy {

    /** The line to print, and the seconds the copy took (NaN when it did not run). */
    record Result(String line, double seconds) {
    }

    private PsqlCopy() {
    }

    static Result of(Path file, DataSource dataSource, JdbcTemplate jdbc) throws Exception {
        Path psql = Path.of("/usr/bin/psql");
        if (!Files.isExecutable(psql)) {
            return new Result("psql not found: \\copy comparison skipped", Double.NaN);
        }
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        // jdbc:postgresql://localhost:PORT/DB
        String rest = url.substring(url.indexOf("//") + 2);
        String host = rest.substring(0, rest.indexOf(':'));
        String port = rest.substring(rest.indexOf(':') + 1, rest.indexOf('/'));
        String db = rest.substring(rest.indexOf('/') + 1).replaceAll("\\?.*", "");
        jdbc.execute("drop table if exists bench_copy");
        jdbc.execute("create table bench_copy (dossier_id varchar(64) primary key, unit_code varchar(32), desk_level varchar(12),"
                + " procedure_code varchar(64), field varchar(40), channel varchar(12), service_level varchar(16), received_at timestamp,"
                + " promised_date date, resolved_at timestamp, outcome varchar(12), supplement_days int, apology_issued boolean, apology_date date)");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(psql.toString(), "-h", host, "-p", port, "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1",
                "-c", "\\copy bench_copy from '" + file + "' with (format csv, header true)")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int code = p.waitFor();
        double s = BenchmarkReport.secondsSince(t);
        long n = jdbc.queryForObject("select count(*) from bench_copy", Long.class);
        jdbc.execute("drop table bench_copy");
        if (code != 0) {
            return new Result("psql \\copy failed: " + out, Double.NaN);
        }
        return new Result(String.format(Locale.ROOT, "psql \\copy (same file, table with the same columns + primary key): %,d rows in %.1f s = %,.0f rows/s",
                n, s, n / s), s);
    }
}
