package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static vn.reformdesk.inspections.InspectionForm.RecommendationForm;
import static vn.reformdesk.inspections.InspectionStatus.CANCELLED;
import static vn.reformdesk.inspections.InspectionStatus.POSTPONED;
import static vn.reformdesk.inspections.InspectionType.SCHEDULED;
import static vn.reformdesk.inspections.InspectionType.SURPRISE;

/**
 * Inspections of the demo province. 2019 follows the seeds: Châu Thành's plan of 10 commune inspections, 6 done
 * ("6/10, 60% of plan"), among them the surprise inspections of An Châu, Vĩnh Hanh, Vĩnh An and Vĩnh Lợi; the
 * province inspects districts and departments. 2020–2024 are generated (fixed seed) with recommendations
 * resolved on time, late, and some still open past their deadline.
 */
@Component
class InspectionsDemoData implements DemoDataContributor {

    private static final String[] LEADS = {"Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tâm", "Phạm Quốc Bảo", "Võ Thị Hạnh"};
    private static final String[] TOPICS = {"ONE_STOP", "PLAN", "DISCIPLINE", "CIVIL_SERVICE", "E_GOV", "FINANCE"};
    private static final String[] RECS = {
            "Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa",
            "Gửi phiếu xin lỗi khi trả hồ sơ quá hạn",
            "Cập nhật hồ sơ lên Hệ thống thông tin giải quyết TTHC đúng thời gian",
            "Ban hành quy chế làm việc của Bộ phận một cửa",
            "Báo cáo kết quả thực hiện kế hoạch CCHC đúng hạn",
            "Số hóa hồ sơ, kết quả giải quyết TTHC",
            "Chấn chỉnh giờ giấc làm việc của cán bộ, công chức",
            "Bố trí công chức đúng vị trí việc làm"};

    private final InspectionQueries inspections;
    private final InspectionCommands commands;
    private final RecommendationCommands recommendationCommands;
    private final UnitService units;

    InspectionsDemoData(InspectionQueries inspections, InspectionCommands commands, RecommendationCommands recommendationCommands,
                        UnitService units) {
        this.commands = commands;
        this.recommendationCommands = recommendationCommands;
        this.inspections = inspections;
        this.units = units;
    }

    @Override
    public String key() {
        return "inspections";
    }

    @Override
    public int order() {
        return 1040;
    }

    @Override
    public void load() {
        chauThanh2019();
        province2019();
        Random random = new Random(2024);
        for (int year = 2020; year <= 2024; year++) {
            generatedYear(year, random);
        }
    }

    private void chauThanh2019() {
        long plan = unit("892", 2019).id();
        String lead = "Nguyễn Thanh Sơn";
        // four surprise inspections, all done
        done(plan, 2019, "30589", LocalDate.of(2019, 3, 12), SURPRISE, "ONE_STOP", lead, List.of(
                rec("Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa", "30589", LocalDate.of(2019, 4, 30), LocalDate.of(2019, 4, 20)),
                rec("Gửi phiếu xin lỗi khi trả hồ sơ quá hạn", "30589", LocalDate.of(2019, 5, 31), LocalDate.of(2019, 7, 2))));
        done(plan, 2019, "30598", LocalDate.of(2019, 5, 8), SURPRISE, "DISCIPLINE", lead, List.of(
                rec("Chấn chỉnh giờ giấc làm việc của cán bộ, công chức", "30598", LocalDate.of(2019, 6, 30), LocalDate.of(2019, 6, 15))));
        done(plan, 2019, "30610", LocalDate.of(2019, 6, 18), SURPRISE, "ONE_STOP", "Trần Văn Lợi", List.of(
                rec("Cập nhật hồ sơ lên Hệ thống thông tin giải quyết TTHC đúng thời gian", "30610", LocalDate.of(2019, 8, 31), null)));
        done(plan, 2019, "30616", LocalDate.of(2019, 8, 21), SURPRISE, "DISCIPLINE", lead, List.of(
                rec("Bố trí công chức đúng vị trí việc làm", "30616", LocalDate.of(2019, 10, 31), LocalDate.of(2019, 10, 25)),
                rec("Báo cáo kết quả thực hiện kế hoạch CCHC đúng hạn", "30616", LocalDate.of(2019, 9, 30), null)));
        // six scheduled: two done, three still planned for the last months, one postponed
        done(plan, 2019, "30595", LocalDate.of(2019, 4, 16), SCHEDULED, "PLAN", "Trần Văn Lợi", List.of(
                rec("Báo cáo kết quả thực hiện kế hoạch CCHC đúng hạn", "30595", LocalDate.of(2019, 6, 30), LocalDate.of(2019, 6, 28))));
        done(plan, 2019, "30607", LocalDate.of(2019, 7, 10), SCHEDULED, "PLAN", lead, List.of(
                rec("Ban hành quy chế làm việc của Bộ phận một cửa", "30607", LocalDate.of(2019, 9, 15), LocalDate.of(2019, 10, 3))));
        planned(plan, 2019, "30613", 11, null, SCHEDULED, "PLAN", lead);
        planned(plan, 2019, "30622", 11, null, SCHEDULED, "ONE_STOP", "Trần Văn Lợi");
        planned(plan, 2019, "30625", 12, null, SCHEDULED, "E_GOV", lead);
        long postponed = planned(plan, 2019, "30592", 9, LocalDate.of(2019, 9, 17), SCHEDULED, "PLAN", lead);
        InspectionDetail d = inspections.get(postponed);
        commands.update(postponed, d.inspection().version(), form(d.inspection())
                .withStatus(POSTPONED, "Trùng lịch tiếp công dân; dời sang quý IV"));
    }

    private void province2019() {
        long plan = unit("89", 2019).id();
        done(plan, 2019, "883", LocalDate.of(2019, 5, 14), SCHEDULED, "ONE_STOP", "Phạm Quốc Bảo", List.of(
                rec("Số hóa hồ sơ, kết quả giải quyết TTHC", "883", LocalDate.of(2019, 8, 31), LocalDate.of(2019, 8, 20))));
        done(plan, 2019, "89-STNMT", LocalDate.of(2019, 6, 11), SCHEDULED, "ONE_STOP", "Phạm Quốc Bảo", List.of(
                rec("Gửi phiếu xin lỗi khi trả hồ sơ quá hạn", "89-STNMT", LocalDate.of(2019, 7, 31), LocalDate.of(2019, 9, 5))));
        done(plan, 2019, "891", LocalDate.of(2019, 9, 24), SCHEDULED, "PLAN", "Võ Thị Hạnh", List.of());
        planned(plan, 2019, "887", 11, null, SCHEDULED, "DISCIPLINE", "Võ Thị Hạnh");
        planned(plan, 2019, "89-SXD", 12, null, SCHEDULED, "ONE_STOP", "Phạm Quốc Bảo");
    }

    /** A province plan over districts and departments and a district plan of Châu Thành's communes. */
    private void generatedYear(int year, Random random) {
        long province = unit("89", year).id();
        List<String> provinceTargets = new ArrayList<>(List.of("883", "884", "886", "887", "888", "889", "890", "891", "893", "894",
                "89-STNMT", "89-SXD", "89-STP", "89-SLDTBXH", "89-SKHDT", "89-SYT"));
        java.util.Collections.shuffle(provinceTargets, random);
        for (int i = 0; i < 10; i++) {
            generated(province, year, provinceTargets.get(i), i < 8 ? SCHEDULED : SURPRISE, random, i);
        }
        long district = unit("892", year).id();
        List<String> communes = new ArrayList<>(List.of("30589", "30592", "30595", "30598", "30601", "30604", "30607", "30610",
                "30613", "30616", "30619", "30622", "30625"));
        java.util.Collections.shuffle(communes, random);
        for (int i = 0; i < 7; i++) {
            generated(district, year, communes.get(i), i < 6 ? SCHEDULED : SURPRISE, random, i + 3);
        }
    }

    private void generated(long plan, int year, String target, InspectionType type, Random random, int slot) {
        // a fixed seed: the same demo on every machine
        int month = Math.min(12, 2 + slot + random.nextInt(2));
        LocalDate date = LocalDate.of(year, month, 3 + random.nextInt(24));
        String lead = LEADS[random.nextInt(LEADS.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        if (month >= 12 && type == SCHEDULED) {
            planned(plan, year, target, month, null, type, topic, lead);
            return;
        }
        int roll = random.nextInt(20);
        if (roll == 0) {
            long id = planned(plan, year, target, month, date, type, topic, lead);
            InspectionDetail d = inspections.get(id);
            commands.update(id, d.inspection().version(), form(d.inspection()).withStatus(POSTPONED, "Đơn vị đề nghị dời do lũ"));
            return;
        }
        if (roll == 1) {
            long id = planned(plan, year, target, month, date, type, topic, lead);
            InspectionDetail d = inspections.get(id);
            commands.update(id, d.inspection().version(), form(d.inspection()).withStatus(CANCELLED, null));
            return;
        }
        List<DemoRec> recs = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int r = 0; r < count; r++) {
            LocalDate deadline = date.plusDays(30 + random.nextInt(60));
            int outcome = random.nextInt(10);
            // older years: most recommendations were closed in the end; the latest year still has a backlog
            int lateUpTo = year < 2024 ? 9 : 7;
            @Nullable LocalDate resolved = outcome < 5 ? deadline.minusDays(random.nextInt(20)) // on time
                    : outcome < lateUpTo ? deadline.plusDays(5 + random.nextInt(40))   // late
                    : null;                                                           // still open
            if (resolved != null && resolved.isBefore(date)) {
                resolved = date.plusDays(1);
            }
            recs.add(rec(RECS[random.nextInt(RECS.length)], target, deadline, resolved));
        }
        done(plan, year, target, date, type, topic, lead, recs);
    }

    private record DemoRec(String text, String unitCode, LocalDate deadline, @Nullable LocalDate resolvedOn) {
    }

    private static DemoRec rec(String text, String unitCode, LocalDate deadline, @Nullable LocalDate resolvedOn) {
        return new DemoRec(text, unitCode, deadline, resolvedOn);
    }

    private long planned(long plan, int year, String target, int month, @Nullable LocalDate date, InspectionType type, String topic, String lead) {
        return commands.create(InspectionForm.planned(plan, year, target, month, date, type, topic, lead,
                "Chuyên viên Sở Nội vụ; đại diện Văn phòng UBND"));
    }

    private void done(long plan, int year, String target, LocalDate on, InspectionType type, String topic, String lead, List<DemoRec> recs) {
        long id = planned(plan, year, target, on.getMonthValue(), on, type, topic, lead);
        InspectionDetail d = inspections.get(id);
        List<RecommendationForm> forms = recs.stream()
                .map(r -> RecommendationForm.of(r.text(), r.unitCode(), r.deadline())).toList();
        String findings = recs.isEmpty() ? "Đơn vị thực hiện tốt các nội dung được kiểm tra."
                : "Còn " + recs.size() + " tồn tại, hạn chế cần khắc phục (xem kiến nghị).";
        commands.update(id, d.inspection().version(), form(d.inspection()).done(on, findings, forms));
        List<Recommendation> saved = inspections.get(id).recommendations();
        for (int i = 0; i < saved.size(); i++) {
            LocalDate resolved = recs.get(i).resolvedOn();
            if (resolved != null) {
                recommendationCommands.resolve(saved.get(i).id(), saved.get(i).version(), resolved, "Báo cáo khắc phục số " + (i + 1) + "/BC-UBND");
            }
        }
    }

    private static InspectionForm form(Inspection i) {
        return new InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(), i.plannedDate(), i.type(),
                i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(), i.findings(), List.of());
    }

    private UnitRef unit(String code, int year) {
        return units.findByCode(code, Period.year(year)).orElseThrow();
    }
}
