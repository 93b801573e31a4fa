package vn.reformdesk.plans;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans of the demo province, its districts and departments for 2019 to 2024 with a realistic spread (some
 * units on track, some behind, a few without a plan), and Châu Thành's 2019 plan of the seeds:
 * "Kế hoạch số 31/KH-UBND ngày 25/01/2019", 36 tasks in 7 areas, 18 done by 30 June, 29 done by
 * 30 September and still 29 at the end of October, 32 by the end of the year.
 */
@Component
class PlansDemoData implements DemoDataContributor {

    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2024;

    private static final Map<String, String[]> TITLES = Map.of(
            "CHI_DAO", new String[]{"Ban hành kế hoạch CCHC năm và kế hoạch tuyên truyền CCHC",
                    "Kiểm tra công tác CCHC tại các đơn vị trực thuộc", "Báo cáo CCHC định kỳ quý, 6 tháng, năm",
                    "Tổ chức hội nghị sơ kết CCHC 6 tháng", "Khắc phục các tồn tại sau kiểm tra CCHC",
                    "Tuyên truyền CCHC trên đài truyền thanh", "Xây dựng kế hoạch cải thiện chỉ số PAPI, SIPAS"},
            "THE_CHE", new String[]{"Rà soát văn bản quy phạm pháp luật", "Kiểm tra, xử lý văn bản trái pháp luật",
                    "Theo dõi thi hành pháp luật", "Hệ thống hóa văn bản kỳ 2019-2023", "Phổ biến, giáo dục pháp luật"},
            "TTHC", new String[]{"Công khai thủ tục hành chính tại bộ phận một cửa", "Rà soát, đơn giản hóa thủ tục hành chính",
                    "Niêm yết số điện thoại đường dây nóng tiếp nhận phản ánh", "Thực hiện xin lỗi khi trễ hẹn hồ sơ",
                    "Khảo sát sự hài lòng của người dân (SIPAS)", "Đưa dịch vụ công trực tuyến mức độ 3, 4 vào sử dụng",
                    "Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích", "Số hóa hồ sơ, kết quả giải quyết TTHC"},
            "BO_MAY", new String[]{"Rà soát chức năng, nhiệm vụ các phòng chuyên môn", "Sắp xếp, tinh gọn bộ máy",
                    "Thực hiện tinh giản biên chế theo lộ trình", "Ban hành quy chế làm việc", "Rà soát vị trí việc làm"},
            "CBCCVC", new String[]{"Bồi dưỡng kỹ năng cho công chức một cửa", "Đánh giá, xếp loại CBCCVC",
                    "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Đào tạo công chức cấp xã", "Thi tuyển, xét tuyển công chức"},
            "TAI_CHINH", new String[]{"Giao quyền tự chủ tài chính cho đơn vị sự nghiệp", "Thực hiện quy chế chi tiêu nội bộ",
                    "Công khai ngân sách", "Quản lý, sử dụng tài sản công", "Thực hành tiết kiệm, chống lãng phí"},
            "HIEN_DAI", new String[]{"Vận hành hệ thống một cửa điện tử", "Gửi nhận văn bản điện tử liên thông 4 cấp",
                    "Sử dụng chữ ký số trong văn bản điện tử", "Duy trì hệ thống quản lý chất lượng ISO 9001",
                    "Cập nhật cổng thông tin điện tử", "Họp trực tuyến với cấp xã", "Nâng cấp hạ tầng công nghệ thông tin"});
    private static final String[] AREA_ORDER = {"CHI_DAO", "THE_CHE", "TTHC", "BO_MAY", "CBCCVC", "TAI_CHINH", "HIEN_DAI"};
    private static final String[] OUTPUTS = {"Kế hoạch", "Báo cáo", "Quyết định", "Thông báo kết quả", "Danh sách", "Văn bản"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitService units;
    private Map<String, Long> areaIds = Map.of();

    PlansDemoData(JdbcClient jdbc, JdbcTemplate template, UnitService units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    @Override
    public String key() {
        return "plans";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void load() {
        areaIds = jdbc.sql("select code, id from plan_area").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Period first = Period.year(FIRST_YEAR);
        UnitRef province = units.findByCode("89", first).orElse(null);
        if (province == null) {
            return;
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Period period = Period.year(year);
            List<UnitRef> children = units.children(province.id(), period);
            generic(province, children, year);
            for (UnitRef child : children) {
                if (child.code().equals("892") && year == 2019) {
                    chauThanh2019(child);
                } else if (!skipped(child, year)) {
                    generic(child, child.tier() == UnitTier.DEPARTMENT ? List.of() : units.children(child.id(), period), year);
                }
            }
        }
        // history: the creation of every task, and the status change of every task that moved
        jdbc.sql("insert into plan_task_change (task_id, changed_at, changed_by, changed_by_name, field, old_value, new_value)"
                + " select t.id, p.issued_on + time '08:00', 'secretariat', 'Tổ giúp việc – Sở Nội vụ', 'created', null,"
                + " t.number || '. ' || t.title from plan_task t join reform_plan p on p.id = t.plan_id").update();
        jdbc.sql("insert into plan_task_change (task_id, changed_at, changed_by, changed_by_name, field, old_value, new_value, comment)"
                + " select t.id, coalesce(t.status_date, p.issued_on + 60) + time '10:00', t.updated_by, 'Lãnh đạo đơn vị chủ trì',"
                + " 'status', 'NOT_STARTED', t.status, coalesce(t.evidence, t.reason)"
                + " from plan_task t join reform_plan p on p.id = t.plan_id where t.status <> 'NOT_STARTED'").update();
    }

    /** A few units have no plan in some years: shown as "no plan", never as 0%. */
    private static boolean skipped(UnitRef unit, int year) {
        return unit.code().equals("89-BDT") || (year == 2019 && unit.code().equals("89-TTT"))
                || (year == 2021 && unit.code().equals("891"));
    }

    private record Task(String number, String area, String title, String leadCode, List<String> support, LocalDate deadline,
                        String output, Integer target, String status, LocalDate statusDate, String evidence, String reason) {
    }

    private void generic(UnitRef unit, List<UnitRef> below, int year) {
        Random random = new Random(unit.code().hashCode() * 31L + year);
        // how far along the unit gets by the end of the year: most 75–100%, some behind
        double pace = switch (Math.floorMod(unit.code().hashCode() + year, 7)) {
            case 0 -> 0.55 + random.nextDouble() * 0.1;
            case 1, 2 -> 0.68 + random.nextDouble() * 0.1;
            default -> 0.82 + random.nextDouble() * 0.18;
        };
        int count = unit.tier() == UnitTier.DEPARTMENT ? 14 + random.nextInt(10) : 24 + random.nextInt(13);
        List<UnitRef> leads = below.stream().filter(u -> u.tier() != UnitTier.COMMUNE || random.nextBoolean()).toList();
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String area = AREA_ORDER[(i * 5 + random.nextInt(3)) % AREA_ORDER.length];
            String[] titles = TITLES.get(area);
            String title = titles[random.nextInt(titles.length)];
            int month = 2 + (i * 11 / count) % 11;
            LocalDate deadline = YearMonth.of(year, Math.min(12, month + random.nextInt(2))).atEndOfMonth();
            String lead = leads.isEmpty() || random.nextInt(3) > 0 ? unit.code() : leads.get(random.nextInt(leads.size())).code();
            Integer target = area.equals("TTHC") && random.nextInt(3) == 0 ? 10 + random.nextInt(20) : null;
            String status;
            LocalDate date = null;
            String evidence = null;
            String reason = null;
            if (random.nextDouble() < pace) {
                status = "DONE";
                date = deadline.minusDays(random.nextInt(40)).plusDays(random.nextInt(5) == 0 ? 20 + random.nextInt(40) : 0);
                if (date.isAfter(LocalDate.of(year, 12, 31))) {
                    date = LocalDate.of(year, 12, 28);
                }
                if (date.isBefore(LocalDate.of(year, 1, 20))) {
                    date = LocalDate.of(year, 1, 20);
                }
                evidence = OUTPUTS[random.nextInt(OUTPUTS.length)] + " số " + (10 + random.nextInt(300)) + " ngày " + date.getDayOfMonth() + "/" + date.getMonthValue();
            } else {
                int r = random.nextInt(10);
                status = r < 6 ? "IN_PROGRESS" : r < 8 ? "NOT_STARTED" : r < 9 ? "POSTPONED" : "CANCELLED";
                if (status.equals("POSTPONED") || status.equals("CANCELLED")) {
                    date = deadline.minusDays(10);
                    reason = status.equals("POSTPONED") ? "Chờ hướng dẫn của cấp trên" : "Nhiệm vụ không còn phù hợp do thay đổi quy định";
                }
            }
            tasks.add(new Task(Integer.toString(i), area, title, lead, List.of(), deadline,
                    OUTPUTS[random.nextInt(OUTPUTS.length)], target, status, date, evidence, reason));
        }
        String number = (unit.tier() == UnitTier.DEPARTMENT ? 5 + random.nextInt(40) : 10 + random.nextInt(90)) + "/KH-"
                + (unit.tier() == UnitTier.DEPARTMENT ? unit.code().substring(unit.code().indexOf('-') + 1) : "UBND");
        insert(unit, year, number, LocalDate.of(year, 1, 10 + random.nextInt(20)), "Kế hoạch cải cách hành chính năm " + year, tasks);
    }

    private void chauThanh2019(UnitRef unit) {
        List<Task> tasks = new ArrayList<>();
        // 36 tasks in the 7 areas (6 + 4 + 7 + 4 + 5 + 4 + 6); the 7 unfinished at 30 September (index 29..35)
        // are spread over the areas, the 29 others fill the rest
        int[] perArea = {6, 4, 7, 4, 5, 4, 6};
        String[] late = {"TTHC", "HIEN_DAI", "CBCCVC", "CHI_DAO", "THE_CHE", "HIEN_DAI", "TAI_CHINH"};
        int[] left = perArea.clone();
        for (String a : late) {
            left[java.util.Arrays.asList(AREA_ORDER).indexOf(a)]--;
        }
        List<String> areas = new ArrayList<>();
        for (int a = 0; a < left.length; a++) {
            for (int k = 0; k < left[a]; k++) {
                areas.add(AREA_ORDER[a]);
            }
        }
        areas.addAll(List.of(late));
        // completion dates: 7 in Q1, 11 more in Q2 (18 by 30 June), 11 more in Q3 (29 by 30 September),
        // none in October, 3 in November and December (32 by the end of the year); 4 never done.
        List<LocalDate> done = new ArrayList<>();
        int[][] q = {{1, 7}, {4, 4}, {5, 4}, {6, 3}, {7, 4}, {8, 4}, {9, 3}};
        for (int[] mq : q) {
            for (int k = 0; k < mq[1]; k++) {
                done.add(LocalDate.of(2019, mq[0] == 1 ? 1 + k % 3 : mq[0], mq[0] == 1 ? 20 + k : 5 + k * 6));
            }
        }
        String[] leads = {"892", "892", "892", "30589", "892", "30598", "892", "30610", "892", "30616"};
        int doneIndex = 0;
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < 36; i++) {
            String area = areas.get(i);
            String[] titles = TITLES.get(area);
            int inArea = seen.merge(area, 1, Integer::sum) - 1;
            String title = titles[inArea % titles.length];
            String lead = leads[i % leads.length];
            List<String> support = i % 4 == 0 ? List.of("30595", "30607") : List.of();
            Integer target = null;
            if (title.startsWith("Đưa dịch vụ công")) {
                target = 27;
            }
            String number = Integer.toString(i + 1);
            // tasks 31..36 (index 30..35) and one of the area TTHC are the unfinished ones at 30 September
            int slot = i < 29 ? i : -1;
            if (slot >= 0) {
                LocalDate completed = done.get(doneIndex++);
                LocalDate deadline = YearMonth.from(completed).atEndOfMonth();
                tasks.add(new Task(number, area, title, lead, support, deadline, OUTPUTS[i % OUTPUTS.length], target, "DONE",
                        completed, OUTPUTS[i % OUTPUTS.length] + " số " + (12 + i * 7) + "/UBND", null));
            } else {
                tasks.add(switch (i) {
                    case 29 -> new Task(number, area, title, lead, support, LocalDate.of(2019, 9, 15), "Báo cáo", target, "DONE",
                            LocalDate.of(2019, 11, 20), "Báo cáo số 402/BC-UBND", null);
                    case 30 -> new Task(number, area, title, lead, support, LocalDate.of(2019, 10, 25), "Kế hoạch", target, "DONE",
                            LocalDate.of(2019, 11, 8), "Kế hoạch số 188/KH-UBND", null);
                    case 31 -> new Task(number, area, title, lead, support, LocalDate.of(2019, 11, 30), "Quyết định", target, "DONE",
                            LocalDate.of(2019, 12, 16), "Quyết định số 2215/QĐ-UBND", null);
                    case 32 -> new Task(number, area, title, lead, support, LocalDate.of(2019, 6, 30), "Báo cáo", target, "IN_PROGRESS",
                            null, null, null);
                    case 33 -> new Task(number, area, title, lead, support, LocalDate.of(2019, 8, 31), "Văn bản", target, "POSTPONED",
                            LocalDate.of(2019, 8, 20), null, "Chờ hướng dẫn của Sở Nội vụ");
                    case 34 -> new Task(number, area, title, lead, support, LocalDate.of(2019, 11, 15), "Danh sách", target, "IN_PROGRESS",
                            null, null, null);
                    default -> new Task(number, area, title, lead, support, LocalDate.of(2019, 12, 31), "Báo cáo", target, "NOT_STARTED",
                            null, null, null);
                });
            }
        }
        // a plan lists its tasks area by area: number them in that order
        List<String> order = List.of(AREA_ORDER);
        List<Task> sorted = new ArrayList<>(tasks);
        sorted.sort(java.util.Comparator.comparingInt(t -> order.indexOf(t.area())));
        tasks.clear();
        for (int i = 0; i < sorted.size(); i++) {
            Task t = sorted.get(i);
            tasks.add(new Task(Integer.toString(i + 1), t.area(), t.title(), t.leadCode(), t.support(), t.deadline(), t.output(),
                    t.target(), t.status(), t.statusDate(), t.evidence(), t.reason()));
        }
        insert(unit, 2019, "31/KH-UBND", LocalDate.of(2019, 1, 25), "Kế hoạch cải cách hành chính năm 2019 của huyện Châu Thành", tasks);
    }

    private void insert(UnitRef unit, int year, String number, LocalDate issuedOn, String title, List<Task> tasks) {
        long planId = jdbc.sql("insert into reform_plan (unit_id, year, number, issued_on, title, created_by, created_at)"
                        + " values (:unit, :year, :number, :issued, :title, 'secretariat', :issued) returning id")
                .param("unit", unit.id()).param("year", year).param("number", number).param("issued", issuedOn)
                .param("title", title).query(Long.class).single();
        Map<String, Long> unitIds = new java.util.HashMap<>();
        Function<String, Long> unitId = code -> unitIds.computeIfAbsent(code, c ->
                units.findByCode(c, Period.year(year)).map(UnitRef::id).orElseThrow());
        List<Object[]> rows = new ArrayList<>();
        int sort = 1;
        for (Task t : tasks) {
            rows.add(new Object[]{planId, t.number(), sort++, t.title(), areaIds.get(t.area()), unitId.apply(t.leadCode()),
                    Date.valueOf(t.deadline()), t.output(), t.target(), t.status(),
                    t.statusDate() == null ? null : Date.valueOf(t.statusDate()), t.evidence(), t.reason(),
                    t.status().equals("NOT_STARTED") ? "secretariat" : leaderName(unit)});
        }
        template.batchUpdate("insert into plan_task (plan_id, number, sort_key, title, area_id, lead_unit_id, deadline, expected_output,"
                + " target_count, status, status_date, evidence, reason, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> support = new ArrayList<>();
        for (Task t : tasks) {
            for (String code : t.support()) {
                support.add(new Object[]{unitId.apply(code), planId, t.number()});
            }
        }
        if (!support.isEmpty()) {
            template.batchUpdate("insert into plan_task_support (task_id, unit_id) select id, ? from plan_task where plan_id = ? and number = ?",
                    support);
        }
    }

    private static String leaderName(UnitRef unit) {
        return switch (unit.code()) {
            case "892" -> "chauthanh";
            case "89-SNV" -> "sonoivu";
            default -> "secretariat";
        };
    }
}
