package vn.reformdesk.load;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.reformdesk.base.Period;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.HttpSignIn;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load (tag {@code benchmark}): simulated users sign in, open every page of their menu and drill down into the units
 * below theirs, for a given time, against the app of this JVM; see
 * {@code docs/decisions/2026-12-01-load-benchmark.md}. Run it with
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=LoadBenchmarkTest} (200 users, 10 minutes); shorter or smaller with
 * {@code -Dload.minutes=2 -Dload.users=50}; {@code -Dload.think=10} is a user's mean pause between clicks in seconds;
 * {@code -Dload.histogram=true} writes the heap's class histograms with the sessions open and after they ended
 * ({@code target/load-histogram*.txt}). It prints the table (also written to {@code target/load-benchmark.txt}) and
 * fails on any error, on a p95 of the drill-down click of 150 ms or more, on more than 200 KB of heap per session or
 * on a heap that grows over the run.
 */
@DatabaseTest
@Tag("benchmark")
// the server as deployed: Vaadin's production mode (no component tracker, no Java class names in the answers), which
// the tests' classpath would otherwise leave in development mode
@TestPropertySource(properties = {"vaadin.productionMode=true", "vaadin.devmode.componentTracker.enabled=false"})
class LoadBenchmarkTest {

    enum Kind {
        SIGN_IN("sign-in (login page + form)"),
        PAGE_LOAD("page load (page + UI init + render)"),
        PAGE_OPEN("page open (menu link)"),
        DRILL_DOWN("drill-down click");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Period PERIOD = Period.year(2024);
    /** The demo accounts the simulated users sign in with, in turn, and the unit each lands on. */
    private static final List<String[]> ACCOUNTS = List.of(
            new String[]{"chair", "89"}, new String[]{"chauthanh", "892"}, new String[]{"secretariat", "89"},
            new String[]{"anchau", "30589"}, new String[]{"sonoivu", "89-SNV"}, new String[]{"admin", "89"});
    private static final int HEARTBEAT_SECONDS = 300;

    @LocalServerPort
    int port;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;

    private final Map<Kind, Queue<Long>> times = new EnumMap<>(Kind.class);
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger roundTrips = new AtomicInteger();
    /** The page opens' times by route, for the slowest pages' line of the report. */
    private final Map<String, Queue<Long>> pageOpens = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void usersSigningInOpeningEveryPageAndDrillingDown() throws Exception {
        int users = Integer.getInteger("load.users", 200);
        double minutes = Double.parseDouble(System.getProperty("load.minutes", "10"));
        double think = Double.parseDouble(System.getProperty("load.think", "10"));
        for (Kind kind : Kind.values()) {
            times.put(kind, new ConcurrentLinkedQueue<>());
        }
        Map<String, List<String>> below = unitsBelow();
        LogCount logs = LogCount.attach();

        // warm up: one user of each account opens every page once, so that class loading and first queries are not measured
        for (String[] account : ACCOUNTS) {
            HttpClient http = HttpSignIn.newClient();
            signIn(http, account[0]);
            FlowTab tab = new FlowTab(http, port);
            tab.open(landing(account[0]), "unit=" + account[1] + "&period=" + PERIOD.code());
            for (String link : tab.menu()) {
                tab.navigate(route(link), query(link), "link");
            }
        }
        endAllSessions();
        logs.reset();
        times.values().forEach(Queue::clear);

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            HttpClient http = HttpSignIn.newClient();
            // one request without a session first, so that the client's own connection and buffers (some 170 KB)
            // are in the heap before any session and are not counted as the server's
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            clients.add(http);
        }
        long rampMillis = Math.min(60_000, (long) (minutes * 60_000 / 4));
        long started = System.nanoTime();

        // heap per session with the landing page open: every user signs in and opens it (spread over the first
        // minute), the heap is measured, then these sessions are ended and the heap measured again. The difference is
        // what the sessions alone hold (what stays, such as caches filled by the first visits, is not counted)
        List<FlowTab> tabs = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(users, null)));
        signInAll(clients, tabs, rampMillis, false);
        long heapWithSessions = heapAfterGc();
        writeClassHistogram("load-histogram.txt");
        endAllSessions();
        long heapWithoutSessions = heapAfterGc();
        writeClassHistogram("load-histogram-landing-ended.txt");

        // the measured run: everyone signs in again, then all are measured open
        Collections.fill(tabs, null);
        signInAll(clients, tabs, rampMillis, true);
        long signedIn = tabs.stream().filter(t -> t != null).count();
        int sessions = openSessions();

        // the run: each user clicks through their menu, drilling down after each page, with a pause between clicks
        long runMillis = (long) (minutes * 60_000);
        long end = System.currentTimeMillis() + runMillis;
        List<Long> heapDuringRun = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(users);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int user = i;
                pool.submit(() -> {
                    try {
                        FlowTab tab = tabs.get(user);
                        if (tab != null) {
                            browse(tab, ACCOUNTS.get(user % ACCOUNTS.size()), below, end, think);
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            sleep(runMillis / 2);
            heapDuringRun.add(heapAfterGc());
            done.await(runMillis + 120_000, TimeUnit.MILLISECONDS);
        }
        long heapAtEnd = heapAfterGc();
        long keptAnswers = lastAnswersKept();
        writeClassHistogram("load-histogram-end.txt");
        endAllSessions();
        long heapAfterSessionsEnded = heapAfterGc();
        writeClassHistogram("load-histogram-ended.txt");
        double elapsed = (System.nanoTime() - started) / 1e9;

        long perSession = (heapAtEnd - heapAfterSessionsEnded) / Math.max(1, signedIn);
        long perSessionAtStart = (heapWithSessions - heapWithoutSessions) / Math.max(1, signedIn);
        long heapMiddle = heapDuringRun.isEmpty() ? heapAtEnd : heapDuringRun.getFirst();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Load: %d users (%d signed in, %d sessions open), %.1f min of clicks with a mean pause of %.0f s, "
                        + "%d round trips in %.0f s; %d failed answers, %d errors logged%n",
                users, signedIn, sessions, minutes, think, roundTrips.get(), elapsed, failures.size(), logs.errors()));
        report.append(String.format(Locale.ROOT, "%-38s %8s %8s %8s %8s%n", "round trip", "count", "p50 ms", "p95 ms", "max ms"));
        for (Kind kind : Kind.values()) {
            List<Long> sorted = new ArrayList<>(times.get(kind));
            Collections.sort(sorted);
            report.append(String.format(Locale.ROOT, "%-38s %8d %8s %8s %8s%n", kind.label, sorted.size(),
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted.isEmpty() ? 0 : sorted.getLast())));
        }
        report.append("slowest page opens by p95 (route: p50 / p95 / max ms):");
        pageOpens.entrySet().stream()
                .map(e -> Map.entry(e.getKey().isEmpty() ? "/" : e.getKey(), e.getValue().stream().sorted().toList()))
                .sorted((a, b) -> Long.compare(percentile(b.getValue(), 95), percentile(a.getValue(), 95)))
                .limit(5)
                .forEach(e -> report.append(String.format(Locale.ROOT, " %s: %s / %s / %s;", e.getKey(), ms(percentile(e.getValue(), 50)),
                        ms(percentile(e.getValue(), 95)), ms(e.getValue().getLast()))));
        report.append(System.lineSeparator());
        report.append(String.format(Locale.ROOT, "heap per session after GC: %d KB with the landing page open (%d MB with %d sessions - %d MB without), "
                        + "%d KB at the end (%d MB - %d MB after the sessions ended)%n",
                perSessionAtStart / 1024, mb(heapWithSessions), signedIn, mb(heapWithoutSessions),
                perSession / 1024, mb(heapAtEnd), mb(heapAfterSessionsEnded)));
        report.append(String.format(Locale.ROOT, "heap after GC with all sessions open: start %d MB, middle %d MB, end %d MB%n",
                mb(heapWithSessions), mb(heapMiddle), mb(heapAtEnd)));
        report.append(String.format(Locale.ROOT, "last answers kept by the UIs for a resend at the end: %d KB in all%n", keptAnswers / 1024));
        failures.stream().limit(20).forEach(f -> report.append("failure: ").append(f).append('\n'));
        logs.samples().forEach(s -> report.append("logged: ").append(s).append('\n'));
        System.out.println(report);
        Files.writeString(Path.of("target/load-benchmark.txt"), report);

        assertThat(failures).as("answers a browser would show as an error").isEmpty();
        assertThat(logs.errors()).as("errors logged by the server during the run").isZero();
        assertThat(signedIn).isEqualTo(users);
        assertThat(times.get(Kind.DRILL_DOWN)).as("drill-down clicks were made").isNotEmpty();
        assertThat(percentile(new ArrayList<>(times.get(Kind.DRILL_DOWN)).stream().sorted().toList(), 95))
                .as("p95 of a drill-down click (ns)").isLessThan(150_000_000L);
        assertThat(Math.max(perSession, perSessionAtStart)).as("heap per session (bytes)").isLessThanOrEqualTo(200 * 1024L);
        assertThat(heapAtEnd).as("heap after GC at the end against the start (memory stable)")
                .isLessThan(heapWithSessions + Math.max(64L << 20, heapWithSessions / 5));
    }

    private void browse(FlowTab tab, String[] account, Map<String, List<String>> below, long end, double think) {
        List<String> menu = tab.menu();
        List<String> drill = below.getOrDefault(account[1], List.of());
        long lastHeartbeat = System.currentTimeMillis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // users do not move in step: each reads its landing page first and starts its round at its own place in the
        // menu (all starting with the same page at once would make a burst of the menu's first pages)
        pause(random, think);
        int start = random.nextInt(menu.size());
        menu = java.util.stream.Stream.concat(menu.stream().skip(start), menu.stream().limit(start)).toList();
        while (System.currentTimeMillis() < end) {
            for (String link : menu) {
                if (System.currentTimeMillis() >= end) {
                    return;
                }
                try {
                    long t0 = System.nanoTime();
                    timed(Kind.PAGE_OPEN, () -> tab.navigate(route(link), query(link), "link"));
                    pageOpens.computeIfAbsent(route(link), r -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
                    pause(random, think);
                    String query = query(link);
                    if (query.contains("unit=" + account[1] + "&") && !drill.isEmpty()) {
                        String child = drill.get(random.nextInt(drill.size()));
                        timed(Kind.DRILL_DOWN, () -> tab.navigate(route(link), query.replace("unit=" + account[1] + "&", "unit=" + child + "&"), ""));
                        pause(random, think);
                    } else if (drill.isEmpty() && query.contains("unit=")) {
                        // a unit with none below: the drill-down is from the figures to the dossiers behind them
                        timed(Kind.DRILL_DOWN, () -> tab.navigate("dossiers/list", query + "&list=overdue", ""));
                        pause(random, think);
                    }
                    if (System.currentTimeMillis() - lastHeartbeat > HEARTBEAT_SECONDS * 1000L) {
                        tab.heartbeat();
                        lastHeartbeat = System.currentTimeMillis();
                    }
                } catch (Exception e) {
                    failures.add(account[0] + " on " + link + ": " + e.getMessage());
                    return;
                }
            }
        }
    }

    /** For each landing unit, the units below it a user may drill into (children and grandchildren in the period). */
    private Map<String, List<String>> unitsBelow() {
        Map<String, List<String>> below = new HashMap<>();
        AsUser.run(AsUser.chair(), () -> {
            for (String[] account : ACCOUNTS) {
                ReadableUnit root = units.readableByCode(account[1], PERIOD).orElseThrow();
                below.put(account[1], units.subtree(root, PERIOD).stream().skip(1).map(UnitRef::code).toList());
            }
        });
        return below;
    }

    private String landing(String username) {
        return username.equals("chauthanh") || username.equals("anchau") || username.equals("sonoivu") ? "my-unit" : "";
    }

    private void signIn(HttpClient http, String username) throws Exception {
        HttpResponse<String> answer = HttpSignIn.signIn(http, port, username, "demo1234");
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new FlowTab.Failure("sign-in of " + username + " answered " + answer.statusCode() + " → " + location);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private void timed(Kind kind, Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        times.get(kind).add(System.nanoTime() - t0);
        roundTrips.incrementAndGet();
    }

    private static String route(String link) {
        int q = link.indexOf('?');
        return q < 0 ? link : link.substring(0, q);
    }

    private static String query(String link) {
        int q = link.indexOf('?');
        return q < 0 ? "" : link.substring(q + 1);
    }

    private static void pause(ThreadLocalRandom random, double meanSeconds) {
        sleep((long) (meanSeconds * 1000 * (0.5 + random.nextDouble())));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The bytes of the last answer each UI keeps to send again if the client repeats its message (Flow keeps it as a
     * string: two bytes a character once it holds a Vietnamese letter). A render's answer is large; the small answer to
     * the message a browser sends after it replaces it (see {@link FlowTab}).
     */
    private long lastAnswersKept() {
        long[] total = {0};
        for (Session session : tomcatContext().getManager().findSessions()) {
            ServerSessions.forEachUi(session, ui -> {
                String last = ui.getInternals().getLastRequestResponse();
                if (last != null) {
                    total[0] += last.chars().anyMatch(c -> c > 255) ? 2L * last.length() : last.length();
                }
            });
        }
        return total[0];
    }

    /** When {@code -Dload.histogram=true}: the heap's class histogram (what {@code jcmd PID GC.class_histogram} prints), to {@code target/NAME}. */
    private static void writeClassHistogram(String name) throws Exception {
        if (!Boolean.getBoolean("load.histogram")) {
            return;
        }
        Path file = Path.of("target", name);
        javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        Object histogram = server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Files.writeString(file, String.valueOf(histogram));
    }

    /** Used heap after full collections (several, until it stops falling). */
    private static long heapAfterGc() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            sleep(300);
            Runtime rt = Runtime.getRuntime();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    private Context tomcatContext() {
        return ServerSessions.tomcat(context);
    }

    private int openSessions() {
        return tomcatContext().getManager().findSessions().length;
    }

    /** Ends every HTTP session of the server, as their expiry would (the Vaadin sessions and UIs in them go too). */
    private void endAllSessions() {
        for (Session session : tomcatContext().getManager().findSessions()) {
            session.expire();
        }
    }

    /** Every user signs in and loads their landing page, spread over the ramp; timed only when asked. */
    private void signInAll(List<HttpClient> clients, List<FlowTab> tabs, long rampMillis, boolean timed) {
        int users = clients.size();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int user = i;
                pool.submit(() -> {
                    sleep(rampMillis * user / users);
                    String[] account = ACCOUNTS.get(user % ACCOUNTS.size());
                    try {
                        FlowTab tab = new FlowTab(clients.get(user), port);
                        if (timed) {
                            timed(Kind.SIGN_IN, () -> signIn(clients.get(user), account[0]));
                            timed(Kind.PAGE_LOAD, () -> tab.open(landing(account[0]), "unit=" + account[1] + "&period=" + PERIOD.code()));
                        } else {
                            signIn(clients.get(user), account[0]);
                            tab.open(landing(account[0]), "unit=" + account[1] + "&period=" + PERIOD.code());
                        }
                        tabs.set(user, tab);
                    } catch (Exception e) {
                        failures.add(account[0] + " signing in: " + e.getMessage());
                    }
                });
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }

    /** Counts what the server logs at ERROR (and keeps a few samples of WARN and above) while attached. */
    static final class LogCount extends AppenderBase<ILoggingEvent> {
        private final AtomicInteger errors = new AtomicInteger();
        private final Queue<String> samples = new ConcurrentLinkedQueue<>();

        static LogCount attach() {
            LogCount count = new LogCount();
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            count.setContext(root.getLoggerContext());
            count.start();
            root.addAppender(count);
            return count;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                errors.incrementAndGet();
            }
            if (event.getLevel().isGreaterOrEqual(Level.WARN) && samples.size() < 10) {
                samples.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }

        void reset() {
            errors.set(0);
            samples.clear();
        }

        int errors() {
            return errors.get();
        }

        List<String> samples() {
            return List.copyOf(samples);
        }
    }
}
