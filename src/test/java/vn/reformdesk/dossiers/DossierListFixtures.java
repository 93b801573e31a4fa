package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random dossiers on every desk of a test tree (all fields, channels and outcomes, supplements, apologies, waiting for
 * the applicant), written as the import's CSV and loaded by the importer: the one generator of the dossier tests (the
 * lists' and the independent oracle's).
 */
public final class DossierListFixtures {

    private static final String[] FIELDS = {"LAND", "CIVIL_STATUS", "BUSINESS", "SOCIAL"};
    private static final String[] CHANNELS = {"ONLINE", "IN_PERSON", "POST"};

    /** One generated dossier, as the CSV has it. */
    public record Sample(String id, UnitRef unit, String procedure, String field, String channel, LocalDateTime received,
                         LocalDate promised, @Nullable LocalDateTime resolved, String outcome, int supplement, boolean apology,
                         @Nullable LocalDate waiting) {
    }

    private DossierListFixtures() {
    }

    /** Loads {@code n} dossiers received from Nov 2023 up to {@code today} on the tree's desks; returns their id prefix. */
    public static String load(DossierImportService importer, TestUnits.Tree t, int n, LocalDate today, long seed) {
        String prefix = t.province().code() + "-L";
        load(importer, generate(t, n, today, seed, prefix));
        return prefix;
    }

    /**
     * {@code n} dossiers with ids {@code prefix} + a number, received from 1 Nov 2023 (none after {@code today}), on the
     * province, its districts, communes and departments; nothing is resolved or waiting after {@code today}.
     */
    public static List<Sample> generate(TestUnits.Tree t, int n, LocalDate today, long seed, String prefix) {
        List<UnitRef> desks = new ArrayList<>();
        desks.add(t.province());
        desks.addAll(t.districts());
        t.communes().forEach(desks::addAll);
        desks.addAll(t.departments());
        SplittableRandom random = new SplittableRandom(seed);
        List<Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UnitRef u = desks.get(random.nextInt(desks.size()));
            LocalDateTime received = LocalDate.of(2023, 11, 1).plusDays(random.nextInt(560)).atTime(7 + random.nextInt(10), random.nextInt(60));
            if (received.toLocalDate().isAfter(today)) {
                received = today.atTime(9, 0);
            }
            LocalDate promised = received.toLocalDate().plusDays(random.nextInt(21));
            int supplement = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
            LocalDateTime resolved = random.nextInt(6) == 0 ? null : received.plusDays(random.nextInt(35)).plusHours(1);
            if (resolved != null && resolved.toLocalDate().isAfter(today)) {
                resolved = null;
            }
            String outcome = resolved == null ? "" : random.nextInt(15) == 0 ? "WITHDRAWN" : random.nextInt(10) == 0 ? "REJECTED" : "RESULT";
            boolean apology = random.nextInt(3) == 0;
            LocalDate waiting = random.nextInt(8) == 0 ? received.toLocalDate().plusDays(random.nextInt(10)) : null;
            if (waiting != null && waiting.isAfter(today)) {
                waiting = today; // a date after today is refused by the import
            }
            samples.add(new Sample(prefix + String.format("%05d", i), u, "P" + random.nextInt(5), FIELDS[random.nextInt(FIELDS.length)],
                    CHANNELS[random.nextInt(CHANNELS.length)], received, promised, resolved, outcome, supplement, apology, waiting));
        }
        return samples;
    }

    /** Imports the samples as the secretariat, through the CSV import. */
    public static void load(DossierImportService importer, List<Sample> samples) {
        StringBuilder csv = new StringBuilder(DossierCsv.HEADER).append(',').append(DossierCsv.WAITING).append('\n');
        for (Sample s : samples) {
            csv.append(s.id()).append(',').append(s.unit().code()).append(',').append(s.unit().tier().name())
                    .append(',').append(s.procedure()).append(',').append(s.field()).append(',')
                    .append(s.channel()).append(",NONE,").append(dateTime(s.received())).append(',').append(s.promised()).append(',')
                    .append(s.resolved() == null ? "" : dateTime(s.resolved()))
                    .append(',').append(s.outcome()).append(',').append(s.supplement()).append(',').append(s.apology()).append(",,")
                    .append(s.waiting() == null ? "" : s.waiting()).append('\n');
        }
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String dateTime(LocalDateTime t) {
        return t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
