package vn.reformdesk.rankings;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Demo: An Giang's own PAR index 2016–2024 for its 17 departments and for its 11 districts and their
 * communes (8 areas, 100 points, a modest tree), published each year with one correction in 2023, and
 * the province's national results. All figures are invented but plausible (clearly demo data).
 */
@Component
class RankingsDemoData implements DemoDataContributor {

    private static final Locale VI = Locale.of("vi");
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2024;

    /** code, Vietnamese, English, max points, survey leaf. A parent's maximum is the sum of its children's. */
    static final String[][] TREE = {
            {"1", "Công tác chỉ đạo, điều hành CCHC", "Direction of reform", "12", ""},
            {"1.1", "Kế hoạch CCHC năm", "Annual reform plan", "4", ""},
            {"1.1.1", "Ban hành kế hoạch đúng hạn", "Plan issued on time", "2", ""},
            {"1.1.2", "Mức độ hoàn thành kế hoạch", "Plan completion", "2", ""},
            {"1.2", "Báo cáo CCHC định kỳ", "Periodic reform reports", "2", ""},
            {"1.3", "Kiểm tra CCHC", "Reform inspections", "3", ""},
            {"1.4", "Tuyên truyền CCHC", "Reform communication", "3", ""},
            {"2", "Cải cách thể chế", "Institutional reform", "8", ""},
            {"2.1", "Xây dựng văn bản quy phạm pháp luật", "Drafting legal documents", "4", ""},
            {"2.2", "Rà soát, kiểm tra văn bản", "Reviewing legal documents", "4", ""},
            {"3", "Cải cách thủ tục hành chính", "Administrative procedures", "14", ""},
            {"3.1", "Công khai thủ tục hành chính", "Publishing procedures", "4", ""},
            {"3.2", "Cơ chế một cửa, một cửa liên thông", "One-stop shop", "5", ""},
            {"3.2.1", "Bộ phận một cửa đúng quy định", "One-stop desk as required", "3", ""},
            {"3.2.2", "Số hóa hồ sơ, kết quả", "Digitised dossiers and results", "2", ""},
            {"3.3", "Hồ sơ giải quyết đúng hạn", "Dossiers resolved on time", "5", ""},
            {"4", "Cải cách tổ chức bộ máy", "Apparatus reform", "8", ""},
            {"4.1", "Sắp xếp tổ chức bộ máy", "Organisational restructuring", "4", ""},
            {"4.2", "Phân cấp, ủy quyền", "Decentralisation", "4", ""},
            {"5", "Xây dựng đội ngũ CBCCVC", "Civil service", "10", ""},
            {"5.1", "Vị trí việc làm, cơ cấu ngạch", "Job positions", "4", ""},
            {"5.2", "Đào tạo, bồi dưỡng", "Training", "3", ""},
            {"5.3", "Kỷ luật, kỷ cương hành chính", "Administrative discipline", "3", ""},
            {"6", "Cải cách tài chính công", "Public finance reform", "8", ""},
            {"6.1", "Tự chủ tài chính", "Financial autonomy", "4", ""},
            {"6.2", "Thực hành tiết kiệm, chống lãng phí", "Thrift and anti-waste", "4", ""},
            {"7", "Hiện đại hóa nền hành chính", "Modernisation, e-government", "12", ""},
            {"7.1", "Ứng dụng công nghệ thông tin", "Use of IT", "4", ""},
            {"7.2", "Dịch vụ công trực tuyến", "Online public services", "5", ""},
            {"7.3", "Hệ thống quản lý chất lượng ISO 9001", "ISO 9001 quality system", "3", ""},
            {"8", "Tác động của CCHC đến người dân, tổ chức", "Impact on people and organisations", "28", ""},
            {"8.1", "Sự hài lòng của người dân, tổ chức", "Satisfaction of people and organisations", "16", ""},
            {"8.1.1", "Tiếp cận dịch vụ", "Access to the service", "4", "x"},
            {"8.1.2", "Thủ tục hành chính", "The procedure", "4", "x"},
            {"8.1.3", "Công chức giải quyết", "The civil servant", "4", "x"},
            {"8.1.4", "Kết quả giải quyết", "The result", "4", "x"},
            {"8.2", "Tiếp nhận, xử lý phản ánh, kiến nghị", "Feedback handling", "6", "x"},
            {"8.3", "Tác động đến phát triển kinh tế - xã hội", "Impact on socio-economic development", "6", ""},
    };

    static final List<Band> BANDS = List.of(
            new Band("Tốt", "Good", new BigDecimal("90"), "green"),
            new Band("Khá", "Fair", new BigDecimal("80"), "green"),
            new Band("Trung bình", "Average", new BigDecimal("65"), "amber"),
            new Band("Yếu", "Weak", BigDecimal.ZERO, "red"));

    /** kind, year, value, scale max, rank among 63 provinces. Demo figures. */
    static final Object[][] NATIONAL = {
            {"PAR_INDEX", 2016, "77.52", "100", 30}, {"PAR_INDEX", 2017, "78.91", "100", 28}, {"PAR_INDEX", 2018, "80.13", "100", 25},
            {"PAR_INDEX", 2019, "81.64", "100", 22}, {"PAR_INDEX", 2020, "84.30", "100", 20}, {"PAR_INDEX", 2021, "85.02", "100", 24},
            {"PAR_INDEX", 2022, "83.87", "100", 29}, {"PAR_INDEX", 2023, "86.21", "100", 21}, {"PAR_INDEX", 2024, "88.93", "100", 18},
            {"SIPAS", 2017, "77.04", "100", 34}, {"SIPAS", 2018, "80.52", "100", 30}, {"SIPAS", 2019, "83.10", "100", 27},
            {"SIPAS", 2020, "85.41", "100", 25}, {"SIPAS", 2021, "82.90", "100", 33}, {"SIPAS", 2022, "80.63", "100", 38},
            {"SIPAS", 2023, "82.21", "100", 35}, {"SIPAS", 2024, "83.47", "100", 31},
            {"PAPI", 2016, "36.21", "60", 20}, {"PAPI", 2017, "36.80", "60", 19}, {"PAPI", 2018, "43.52", "80", 17},
            {"PAPI", 2019, "44.08", "80", 15}, {"PAPI", 2020, "43.19", "80", 21}, {"PAPI", 2021, "42.87", "80", 24},
            {"PAPI", 2022, "43.80", "80", 18}, {"PAPI", 2023, "44.52", "80", 14}, {"PAPI", 2024, "45.10", "80", 12},
            {"SERVICE_766", 2023, "78.46", "100", 27}, {"SERVICE_766", 2024, "84.15", "100", 19},
    };

    private final IndexService indexes;
    private final RankingRepository repo;

    RankingsDemoData(IndexService indexes, RankingRepository repo) {
        this.indexes = indexes;
        this.repo = repo;
    }

    @Override
    public String key() {
        return "rankings";
    }

    @Override
    public int order() {
        return 1300;
    }

    @Override
    public void load() {
        UnitRef province = repo.rankableUnits("/", List.of(UnitTier.PROVINCE), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .stream().filter(u -> u.code().equals("89")).findFirst().orElse(null);
        if (province == null) {
            return;
        }
        load(province, "PAR-SO", "Chỉ số CCHC các sở, ban, ngành", "PAR index of provincial departments",
                Set.of(UnitTier.DEPARTMENT), Scale.POINTS);
        load(province, "PAR-HUYEN", "Chỉ số CCHC cấp huyện, cấp xã", "PAR index of districts and communes",
                Set.of(UnitTier.DISTRICT, UnitTier.COMMUNE), Scale.PERCENT);
        for (Object[] n : NATIONAL) {
            repo.upsertNational(province.id(), new NationalResult(NationalResult.Kind.valueOf((String) n[0]), (Integer) n[1],
                    new BigDecimal((String) n[2]), new BigDecimal((String) n[3]), (Integer) n[4], 63));
        }
        for (Object[] n : NATIONAL) {
            NationalResult total = new NationalResult(NationalResult.Kind.valueOf((String) n[0]), (Integer) n[1],
                    new BigDecimal((String) n[2]), new BigDecimal((String) n[3]), (Integer) n[4], 63);
            demoParts(total).forEach(p -> repo.upsertNationalPart(province.id(), p));
        }
    }

    /** Typical profiles of the parts (PAPI's strong procedures and services, weak e-governance; PAR INDEX's weak e-government). */
    private static final Map<NationalResult.Kind, double[]> PROFILE = Map.of(
            NationalResult.Kind.PAR_INDEX, new double[]{92, 86, 89, 90, 81, 85, 72, 79},
            NationalResult.Kind.SIPAS, new double[]{85, 83, 84, 82, 71},
            NationalResult.Kind.PAPI, new double[]{5.0, 5.3, 5.2, 6.5, 7.3, 7.2, 3.5, 1.6},
            NationalResult.Kind.SERVICE_766, new double[]{0.86, 0.81, 0.70, 0.72, 0.88});

    /**
     * Parts that agree with their total ({@link NationalParts}): the weighted means (PAR INDEX, SIPAS) are shifted so
     * their mean is the total; the sums (PAPI, 766) are scaled to the total, the last part taking the rounding.
     * A small yearly wobble gives each part its own year-over-year change.
     */
    static List<NationalPart> demoParts(NationalResult total) {
        List<String> codes = NationalParts.codes(total.kind(), total.year());
        double[] profile = PROFILE.get(total.kind());
        double[] raw = new double[codes.size()];
        for (int i = 0; i < raw.length; i++) {
            double wobble = new Random(total.year() * 131L + i * 17L + total.kind().ordinal()).nextGaussian()
                    * (NationalParts.totalIsSum(total.kind()) ? 0.12 : 1.6);
            double base = total.kind() == NationalResult.Kind.SERVICE_766
                    ? profile[i] * NationalParts.max(total.kind(), codes.get(i)).doubleValue() : profile[i];
            raw[i] = base + wobble;
        }
        double t = total.value().doubleValue();
        BigDecimal[] values = new BigDecimal[raw.length];
        if (NationalParts.totalIsSum(total.kind())) {
            double sum = java.util.Arrays.stream(raw).sum();
            BigDecimal rest = total.value();
            for (int i = 0; i < raw.length; i++) {
                values[i] = i == raw.length - 1 ? rest : BigDecimal.valueOf(raw[i] * t / sum).setScale(2, java.math.RoundingMode.HALF_UP);
                rest = rest.subtract(values[i]);
            }
        } else {
            double shift = t - java.util.Arrays.stream(raw).average().orElse(t);
            for (int i = 0; i < raw.length; i++) {
                values[i] = BigDecimal.valueOf(Math.min(100, raw[i] + shift)).setScale(2, java.math.RoundingMode.HALF_UP);
            }
        }
        List<NationalPart> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Integer rank = total.rank() == null || !(total.kind() == NationalResult.Kind.PAR_INDEX || total.kind() == NationalResult.Kind.PAPI)
                    ? null : Math.max(1, Math.min(63, total.rank() + new Random(total.year() * 7L + i * 101L + total.kind().ordinal()).nextInt(15) - 7));
            parts.add(new NationalPart(total.kind(), total.year(), codes.get(i), values[i], NationalParts.max(total.kind(), codes.get(i)), rank));
        }
        return parts;
    }

    private void load(UnitRef province, String code, String name, String nameEn, Set<UnitTier> tiers, Scale scale) {
        IndexDef index = indexes.define(province.id(), new IndexService.NewIndex(code, FIRST_YEAR, name, nameEn, tiers, scale, BANDS));
        List<IndexService.CriterionRow> rows = new ArrayList<>();
        for (int i = 0; i < TREE.length; i++) {
            rows.add(new IndexService.CriterionRow(i + 2, TREE[i][0], TREE[i][1], TREE[i][2], new BigDecimal(TREE[i][3]), !TREE[i][4].isEmpty()));
        }
        indexes.defineCriteria(index.id(), rows);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            IndexDef def = year == FIRST_YEAR ? indexes.get(index.id()) : indexes.copyToYear(index.id(), year);
            index = def;
            CriteriaTree tree = indexes.tree(def.id());
            List<UnitRef> units = repo.rankableUnits(province.path(), tiers, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            List<RankingRepository.ScoreRecord> scores = new ArrayList<>();
            for (UnitRef u : units) {
                scores.addAll(scores(u, year, tree));
            }
            repo.upsertScores(def.id(), 0, scores);
            indexes.publish(def.id(), indexes.get(def.id()).version());
            if (year == 2023 && !units.isEmpty()) {
                // one appeal granted after publication: a correction with its reason, revision 1 stays as it was
                UnitRef u = units.getFirst();
                Criterion c = tree.byCode("1.3").orElseThrow();
                indexes.correct(def.id(), indexes.get(def.id()).version(), "Phúc khảo: bổ sung biên bản kiểm tra CCHC (tiêu chí 1.3)",
                        List.of(new IndexService.ScoreRow(2, u.code(), c.code(), c.max(), c.max(), null)));
            }
        }
    }

    /** A unit's points: a steady quality of its own, a slow improvement over the years, and some noise. */
    private static List<RankingRepository.ScoreRecord> scores(UnitRef unit, int year, CriteriaTree tree) {
        Random base = new Random(mix(unit.code().hashCode()));
        base.nextDouble();
        // a unit's own level (0.60–0.86 of the maximum), a slow improvement, and a good or bad year
        double quality = 0.60 + base.nextDouble() * 0.26 + (year - FIRST_YEAR) * 0.008;
        Random r = new Random(mix(unit.code().hashCode() * 31L + year));
        r.nextDouble();
        quality += (r.nextDouble() - 0.5) * 0.08;
        List<RankingRepository.ScoreRecord> list = new ArrayList<>();
        for (Criterion c : tree.leaves()) {
            double share = Math.max(0.2, Math.min(1.0, quality + (r.nextDouble() - 0.5) * 0.24));
            BigDecimal points = quarter(c.max().doubleValue() * share);
            if (c.survey()) {
                list.add(new RankingRepository.ScoreRecord(unit.id(), c.id(), null, null, points));
            } else {
                BigDecimal self = quarter(Math.min(c.max().doubleValue(), points.doubleValue() + r.nextInt(3) * 0.25));
                list.add(new RankingRepository.ScoreRecord(unit.id(), c.id(), self, points, null));
            }
        }
        return list;
    }

    private static long mix(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }

    private static BigDecimal quarter(double v) {
        return BigDecimal.valueOf(Math.round(v * 4) / 4.0).setScale(2, RoundingMode.HALF_UP);
    }

}
