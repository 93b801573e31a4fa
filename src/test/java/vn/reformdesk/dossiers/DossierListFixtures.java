package vn.reformdesk.dossiers;

import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random dossiers on every desk of a test tree (all fields, channels and outcomes), loaded by the importer. */
public final class DossierListFixtures {

    private static final String[] FIELDS = {"LAND", "CIVIL_STATUS", "BUSINESS", "SOCIAL"};
    private static final String[] CHANNELS = {"ONLINE", "IN_PERSON", "POST"};

    private DossierListFixtures() {
    }

    /** Loads {@code n} dossiers received from Nov 2023 up to {@code today} on the tree's desks; returns their id prefix. */
    public static String load(DossierImportService importer, TestUnits.Tree t, int n, LocalDate today, long seed) {
        List<UnitRef> desks = new ArrayList<>();
        desks.add(t.province());
        desks.addAll(t.districts());
        t.communes().forEach(desks::addAll);
        desks.addAll(t.departments());
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder(DossierCsv.HEADER).append(',').append(DossierCsv.WAITING).append('\n');
        String prefix = t.province().code() + "-L";
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
                waiting = today;
            }
            csv.append(prefix).append(String.format("%05d", i)).append(',').append(u.code()).append(',').append(u.tier().name())
                    .append(",P").append(random.nextInt(5)).append(',').append(FIELDS[random.nextInt(FIELDS.length)]).append(',')
                    .append(CHANNELS[random.nextInt(CHANNELS.length)]).append(",NONE,").append(received.toLocalDate()).append(' ')
                    .append(String.format("%02d:%02d", received.getHour(), received.getMinute())).append(',').append(promised).append(',')
                    .append(resolved == null ? "" : resolved.toLocalDate() + " " + String.format("%02d:%02d", resolved.getHour(), resolved.getMinute()))
                    .append(',').append(outcome).append(',').append(supplement).append(',').append(apology).append(",,")
                    .append(waiting == null ? "" : waiting).append('\n');
        }
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload(csv.toString().getBytes(StandardCharsets.UTF_8)));
        return prefix;
    }
}
