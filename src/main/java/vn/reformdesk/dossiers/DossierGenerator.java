package vn.reformdesk.dossiers;

import vn.reformdesk.units.UnitTier;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a realistic province's dossiers as a dossier CSV file: unit sizes follow a power law (a few city
 * desks take most dossiers), months are seasonal (the Tết dip in February, the year-end rush), fields
 * have their usual mix and processing times, the online share grows by year, and about one unit in eight
 * is a "late unit". Deterministic for a seed.
 */
public final class DossierGenerator {

    /** A desk that receives dossiers. */
    public record Desk(String code, UnitTier tier) {
    }

    private static final String[] FIELDS = {"LAND", "CIVIL_STATUS", "BUSINESS", "CONSTRUCTION", "JUSTICE", "SOCIAL", "TRANSPORT", "OTHER"};
    private static final double[] FIELD_SHARE = {0.30, 0.25, 0.10, 0.08, 0.07, 0.08, 0.05, 0.07};
    private static final int[] FIELD_DAYS = {20, 3, 5, 15, 5, 7, 10, 5};
    private static final double[] MONTH_WEIGHT = {1.0, 0.6, 1.05, 1.0, 1.0, 1.0, 1.0, 1.05, 1.0, 1.05, 1.1, 1.3};

    private DossierGenerator() {
    }

    /** Writes {@code rows} dossiers spread over the years {@code fromYear..toYear} (inclusive); returns rows written. */
    public static long write(Writer out, List<Desk> desks, long rows, int fromYear, int toYear, long seed) throws IOException {
        return write(out, desks, rows, YearMonth.of(fromYear, 1), YearMonth.of(toYear, 12), seed, true, false);
    }

    /**
     * Writes {@code rows} dossiers received in the months {@code from..to} (inclusive), with the header line or
     * without (a second part of the same file, e.g. the units after a reorganisation); ids carry the seed, so
     * parts written with different seeds never share an id. The rows come month by month, as a one-stop system
     * exports them (the months in the same proportions as in the other form). Returns rows written.
     */
    public static long write(Writer out, List<Desk> desks, long rows, YearMonth from, YearMonth to, long seed, boolean header)
            throws IOException {
        return write(out, desks, rows, from, to, seed, header, true);
    }

    private static long write(Writer out, List<Desk> desks, long rows, YearMonth from, YearMonth to, long seed, boolean header,
                              boolean byMonth) throws IOException {
        int fromYear = from.getYear();
        SplittableRandom random = new SplittableRandom(seed);
        int n = desks.size();
        double[] weight = new double[n];
        boolean[] lateUnit = new boolean[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            // Pareto(alpha 1.2): heavy tail of unit sizes; communes smaller than districts and departments
            double pareto = Math.pow(1 - random.nextDouble(), -1 / 1.2);
            double tierFactor = desks.get(i).tier() == UnitTier.COMMUNE ? 0.4 : desks.get(i).tier() == UnitTier.PROVINCE ? 3 : 1;
            weight[i] = Math.min(pareto, 50) * tierFactor;
            lateUnit[i] = random.nextInt(8) == 0;
            sum += weight[i];
        }
        double[] cumulative = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += weight[i] / sum;
            cumulative[i] = acc;
        }
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        double[] monthCum = new double[months.size()];
        double mAcc = 0;
        for (int i = 0; i < months.size(); i++) {
            YearMonth ym = months.get(i);
            mAcc += MONTH_WEIGHT[ym.getMonthValue() - 1] * (1 + 0.08 * (ym.getYear() - fromYear));
            monthCum[i] = mAcc;
        }
        LocalDate lastDay = months.getLast().atEndOfMonth();
        if (header) {
            out.write(DossierCsv.HEADER);
            out.write('\n');
        }
        StringBuilder sb = new StringBuilder(256);
        int month = 0;
        for (long r = 0; r < rows; r++) {
            int d = pick(cumulative, random.nextDouble());
            Desk desk = desks.get(d);
            double m = random.nextDouble() * mAcc;
            if (byMonth) {
                // row r of the file is in the month whose share of the rows it falls in
                while (month < months.size() - 1 && r >= (long) (rows * (monthCum[month] / mAcc))) {
                    month++;
                }
            }
            YearMonth ym = months.get(byMonth ? month : pick(monthCum, m));
            int f = pickShare(random.nextDouble());
            String field = FIELDS[f];
            int year = ym.getYear();
            double onlineShare = Math.min(0.6, 0.03 + 0.08 * (year - 2019));
            String channel = random.nextDouble() < onlineShare ? "ONLINE" : random.nextDouble() < 0.05 ? "POST" : "IN_PERSON";
            String level;
            if (year < 2022) {
                double x = random.nextDouble();
                level = x < 0.68 ? "LEVEL_2" : x < 0.99 ? "LEVEL_3" : "LEVEL_4";
            } else {
                level = channel.equals("ONLINE") ? (random.nextDouble() < 0.4 ? "FULL_ONLINE" : "PARTIAL_ONLINE") : "NONE";
            }
            LocalDateTime received = ym.atDay(1 + random.nextInt(ym.lengthOfMonth())).atTime(7 + random.nextInt(10), random.nextInt(60));
            int allowed = FIELD_DAYS[f];
            LocalDate promised = received.toLocalDate().plusDays(allowed);
            int supplement = random.nextInt(10) == 0 ? 1 + random.nextInt(10) : 0;
            double lateRate = lateUnit[d] ? 0.15 : 0.015;
            double x = random.nextDouble();
            int days;
            if (x < lateRate) {
                days = allowed + supplement + 1 + random.nextInt(20);
            } else if (x < lateRate + 0.25) {
                days = allowed + supplement;
            } else {
                days = Math.max(0, (int) (allowed * random.nextDouble())) + supplement;
            }
            LocalDateTime resolved = received.plusDays(days).plusMinutes(30 + random.nextInt(240));
            String outcome = random.nextInt(200) == 0 ? "WITHDRAWN" : random.nextInt(100) == 0 ? "REJECTED" : "RESULT";
            boolean pending = resolved.toLocalDate().isAfter(lastDay) || random.nextInt(1000) == 0;
            boolean late = !pending && resolved.toLocalDate().minusDays(supplement).isAfter(promised) && !outcome.equals("WITHDRAWN");
            boolean apology = late && random.nextDouble() < 0.7;
            sb.setLength(0);
            sb.append('G').append(seed).append('-').append(r).append(',').append(desk.code()).append(',').append(desk.tier().name())
                    .append(",P-").append(field, 0, 3).append(random.nextInt(40)).append(',').append(field).append(',').append(channel)
                    .append(',').append(level).append(',').append(received.toLocalDate()).append(' ')
                    .append(two(received.getHour())).append(':').append(two(received.getMinute())).append(',').append(promised).append(',');
            if (!pending) {
                sb.append(resolved.toLocalDate()).append(' ').append(two(resolved.getHour())).append(':').append(two(resolved.getMinute()));
            }
            sb.append(',').append(pending ? "" : outcome).append(',').append(supplement).append(',').append(apology).append(',');
            if (apology) {
                sb.append(promised.plusDays(7).isAfter(lastDay) ? lastDay : promised.plusDays(7));
            }
            sb.append('\n');
            out.append(sb);
        }
        out.flush();
        return rows;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static int pickShare(double x) {
        double acc = 0;
        for (int i = 0; i < FIELD_SHARE.length; i++) {
            acc += FIELD_SHARE[i];
            if (x < acc) {
                return i;
            }
        }
        return FIELD_SHARE.length - 1;
    }

    private static int pick(double[] cumulative, double x) {
        int i = java.util.Arrays.binarySearch(cumulative, x);
        int idx = i >= 0 ? i : -i - 1;
        return Math.min(idx, cumulative.length - 1);
    }
}
