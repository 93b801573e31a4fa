package vn.reformdesk.inspections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformdesk.inspections.InspectionForm.RecommendationForm;
import static vn.reformdesk.inspections.InspectionType.SCHEDULED;
import static vn.reformdesk.inspections.InspectionType.SURPRISE;

@DatabaseTest
class InspectionServiceTest {

    private static final Period Y2019 = Period.year(2019);
    private static final CurrentUser SECRETARIAT = AsUser.secretariat();

    @Autowired
    InspectionQueries inspections;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;
    @Autowired
    UnitService units;
    @Autowired
    TestUnits testUnits;
    @Autowired
    JdbcTemplate jdbc;

    private long plan(TestUnits.Tree t, UnitRef target, int month, LocalDate date, InspectionType type, String lead) {
        return AsUser.call(SECRETARIAT, () -> inspectionCommands.create(InspectionForm.planned(t.district(0).id(), 2019,
                target.code(), month, date, type, "ONE_STOP", lead, "")));
    }

    private InspectionForm formOf(long id) {
        Inspection i = AsUser.call(SECRETARIAT, () -> inspections.get(id)).inspection();
        return new InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(), i.plannedDate(), i.type(),
                i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(), i.findings(), List.of());
    }

    private void record(long id, LocalDate on, List<RecommendationForm> recs) {
        AsUser.run(SECRETARIAT, () -> inspectionCommands.update(id, inspections.get(id).inspection().version(), formOf(id).done(on, "Tồn tại", recs)));
    }

    private long inspectionCount() {
        return jdbc.queryForObject("select count(*) from inspection", Long.class);
    }

    @Test
    void sixOfTenInspectedIsSixtyPercentWithPostponedPlannedAndCancelledLeftOut() {
        TestUnits.Tree t = testUnits.province(1, 11, 0);
        // 10 in the plan: 4 surprise done, 2 scheduled done, 3 scheduled planned, 1 postponed; plus 1 cancelled
        for (int c = 0; c < 4; c++) {
            record(plan(t, t.commune(0, c), 3 + c, null, SURPRISE, "Lead " + c), LocalDate.of(2019, 3 + c, 10), List.of());
        }
        for (int c = 4; c < 6; c++) {
            record(plan(t, t.commune(0, c), 7, null, SCHEDULED, "Lead " + c), LocalDate.of(2019, 7, 10 + c), List.of());
        }
        for (int c = 6; c < 9; c++) {
            plan(t, t.commune(0, c), 11, null, SCHEDULED, "Lead");
        }
        long postponed = plan(t, t.commune(0, 9), 9, null, SCHEDULED, "Lead");
        AsUser.run(SECRETARIAT, () -> inspectionCommands.update(postponed, 0, formOf(postponed).withStatus(InspectionStatus.POSTPONED, "Lũ")));
        long cancelled = plan(t, t.commune(0, 10), 10, null, SCHEDULED, "Lead");
        AsUser.run(SECRETARIAT, () -> inspectionCommands.update(cancelled, 0, formOf(cancelled).withStatus(InspectionStatus.CANCELLED, null)));

        ProgressReport p = AsUser.call(AsUser.chair(), () -> inspections.progress(t.district(0).id(), Y2019, LocalDate.of(2019, 10, 31)));
        assertThat(p.total().planned()).isEqualTo(10);
        assertThat(p.total().done()).isEqualTo(6);
        assertThat(p.total().share()).isEqualTo(60.0);
        assertThat(p.byType()).containsExactly(new ProgressReport.Line("SCHEDULED", 6, 2), new ProgressReport.Line("SURPRISE", 4, 4));
        assertThat(p.byTopic()).containsExactly(new ProgressReport.Line("ONE_STOP", 10, 6));
        assertThat(p.postponed()).extracting(Inspection::id).containsExactly(postponed);
        assertThat(p.cancelled()).isEqualTo(1);

        // the first half only: the plan months January–June hold the 4 surprise inspections, all done
        ProgressReport h1 = AsUser.call(AsUser.chair(), () -> inspections.progress(t.district(0).id(), Period.half(2019, 1), LocalDate.of(2019, 6, 30)));
        assertThat(h1.total()).isEqualTo(new ProgressReport.Line("", 4, 4));

        // the province's drill-down shows the district with the same figures
        List<UnitFigures> rows = AsUser.call(AsUser.chair(), () -> inspections.drillDown(t.province().id(), Y2019, LocalDate.of(2019, 10, 31)));
        assertThat(rows).extracting(UnitFigures::planned, UnitFigures::done).containsExactly(org.assertj.core.groups.Tuple.tuple(10L, 6L));
    }

    @Test
    void theDemoHasChauThanhSixOfTenIn2019() {
        UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", Y2019).orElseThrow());
        ProgressReport p = AsUser.call(AsUser.chair(), () -> inspections.progress(chauThanh.id(), Y2019, LocalDate.of(2019, 12, 31)));
        assertThat(p.total()).isEqualTo(new ProgressReport.Line("", 10, 6));
        assertThat(p.total().share()).isEqualTo(60.0);
        assertThat(p.byType()).contains(new ProgressReport.Line("SURPRISE", 4, 4));
        assertThat(p.postponed()).hasSize(1);
        assertThat(p.recommendations().overdue()).isPositive();
    }

    @Test
    void overdueIsDerivedFromTheDeadlineAsOfADate() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        UnitRef commune = t.commune(0, 0);
        long id = plan(t, commune, 5, LocalDate.of(2019, 5, 6), SCHEDULED, "A");
        record(id, LocalDate.of(2019, 5, 6), List.of(
                RecommendationForm.of("Niêm yết TTHC", commune.code(), LocalDate.of(2019, 6, 30)),   // done on time 25/06
                RecommendationForm.of("Phiếu xin lỗi", commune.code(), LocalDate.of(2019, 6, 30)),   // done late 10/07
                RecommendationForm.of("Số hóa hồ sơ", commune.code(), LocalDate.of(2019, 6, 30)),    // never done
                RecommendationForm.of("Quy chế một cửa", commune.code(), LocalDate.of(2019, 12, 31)))); // not yet due
        List<Recommendation> recs = AsUser.call(SECRETARIAT, () -> inspections.get(id).recommendations());
        AsUser.run(AsUser.leaderOf(commune), () -> {
            recommendationCommands.resolve(recs.get(0).id(), recs.get(0).version(), LocalDate.of(2019, 6, 25), "Ảnh bảng niêm yết");
            recommendationCommands.resolve(recs.get(1).id(), recs.get(1).version(), LocalDate.of(2019, 7, 10), "Sổ theo dõi");
        });
        long district = t.district(0).id();
        AsUser.run(AsUser.chair(), () -> {
            // on the deadline day nothing is overdue yet; one is done on time, three are open
            ProgressReport.RecommendationSummary onDeadline = inspections.progress(district, Y2019, LocalDate.of(2019, 6, 30)).recommendations();
            assertThat(onDeadline.issued()).isEqualTo(4);
            assertThat(onDeadline.open()).isEqualTo(3);
            assertThat(onDeadline.overdue()).isZero();
            // the day after: the two open ones due 30/06 are overdue (the late one was still open then)
            ProgressReport.RecommendationSummary dayAfter = inspections.progress(district, Y2019, LocalDate.of(2019, 7, 1)).recommendations();
            assertThat(dayAfter.open()).isEqualTo(3);
            assertThat(dayAfter.overdue()).isEqualTo(2);
            // at year end: 1 on time of (2 done + 1 overdue) = 33.3%; the one due 31/12 is open, not overdue
            ProgressReport.RecommendationSummary yearEnd = inspections.progress(district, Y2019, LocalDate.of(2019, 12, 31)).recommendations();
            assertThat(yearEnd.open()).isEqualTo(2);
            assertThat(yearEnd.overdue()).isEqualTo(1);
            assertThat(yearEnd.doneOnTime()).isEqualTo(1);
            assertThat(yearEnd.dueOrDone()).isEqualTo(3);
            assertThat(yearEnd.onTimeShare()).isEqualTo(33.3);
            // before the inspection nothing was issued
            assertThat(inspections.progress(district, Y2019, LocalDate.of(2019, 5, 5)).recommendations().issued()).isZero();
            // the open list as of year end: the overdue one first
            List<Recommendation> open = recommendationQueries.openRecommendations(district, LocalDate.of(2019, 12, 31), 0, 10);
            assertThat(open).extracting(Recommendation::text).containsExactly("Số hóa hồ sơ", "Quy chế một cửa");
            assertThat(open.getFirst().stateAsOf(LocalDate.of(2019, 12, 31))).isEqualTo(RecommendationState.OVERDUE);
            assertThat(open.getFirst().daysOverdue(LocalDate.of(2019, 12, 31))).isEqualTo(184);
            assertThat(open.getFirst().ageDays(LocalDate.of(2019, 12, 31))).isEqualTo(239);
            assertThat(recommendationQueries.countOpenRecommendations(district, LocalDate.of(2019, 12, 31))).isEqualTo(2);
            assertThat(recommendationQueries.openByUnit(district, LocalDate.of(2019, 12, 31)))
                    .containsExactly(new UnitBacklog(commune, 2, 1, 239));
        });
        assertThat(RecommendationRules.stateAsOf(LocalDate.of(2019, 6, 30), RecommendationStatus.DONE, LocalDate.of(2019, 7, 10),
                LocalDate.of(2019, 7, 5))).isEqualTo(RecommendationState.OVERDUE);
        assertThat(RecommendationRules.stateAsOf(LocalDate.of(2019, 6, 30), RecommendationStatus.DONE, LocalDate.of(2019, 7, 10),
                LocalDate.of(2019, 7, 10))).isEqualTo(RecommendationState.DONE_LATE);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingWritten() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        long before = inspectionCount();
        long district = t.district(0).id();
        String commune = t.commune(0, 0).code();
        AsUser.run(SECRETARIAT, () -> {
            assertThatThrownBy(() -> inspectionCommands.create(InspectionForm.planned(district, 2019, commune, 3,
                    LocalDate.of(2020, 3, 5), SCHEDULED, "ONE_STOP", "A", "")))
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.problems())
                            .containsExactly(new InvalidInspectionException.Problem("plannedDate", "date-outside-year", LocalDate.of(2020, 3, 5), 2019)));
            assertThatThrownBy(() -> inspectionCommands.create(InspectionForm.planned(district, 2019, "NO-SUCH-UNIT", 3, null,
                    SCHEDULED, "NO_TOPIC", " ", "")))
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInspectionException.Problem::field).containsExactly("target", "topic", "teamLead"));
            // a unit outside the plan's unit
            String elsewhere = testUnits.province(1, 1, 0).commune(0, 0).code();
            assertThatThrownBy(() -> inspectionCommands.create(InspectionForm.planned(district, 2019, elsewhere, 3, null,
                    SCHEDULED, "ONE_STOP", "A", "")))
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInspectionException.Problem::key).containsExactly("target-outside-plan"));
            // done outside the plan year, recommendations without deadline or with an unknown unit
            InspectionForm done = InspectionForm.planned(district, 2019, commune, 12, null, SCHEDULED, "ONE_STOP", "A", "")
                    .done(LocalDate.of(2020, 1, 8), "x", List.of(
                            RecommendationForm.of("Khắc phục", commune, null),
                            RecommendationForm.of("Khắc phục 2", "99999", LocalDate.of(2020, 3, 1))));
            assertThatThrownBy(() -> inspectionCommands.create(done))
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInspectionException.Problem::field)
                            .containsExactly("actualDate", "recommendations[1].deadline", "recommendations[2].responsible"))
                    .hasMessageContaining("recommendations[1].deadline: deadline-required");
        });
        assertThat(inspectionCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from inspection_recommendation r join inspection i on i.id = r.inspection_id"
                + " where i.plan_unit_id = ?", Long.class, district)).isZero();
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        long id = plan(t, t.commune(0, 0), 4, null, SCHEDULED, "Nguyễn Văn A");
        InspectionDetail loadedByA = AsUser.call(SECRETARIAT, () -> inspections.get(id));
        InspectionDetail loadedByB = AsUser.call(AsUser.secretariat(), () -> inspections.get(id));
        AsUser.run(SECRETARIAT, () -> inspectionCommands.update(id, loadedByA.inspection().version(), formOf(id).withTeamLead("Trần Thị B")));
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () ->
                inspectionCommands.update(id, loadedByB.inspection().version(), formOf(id).withTeamLead("Lê Văn C"))))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("inspections.error.concurrent");
        assertThat(AsUser.call(SECRETARIAT, () -> inspections.get(id)).inspection().teamLead()).isEqualTo("Trần Thị B");

        // a leader resolving a recommendation also makes an older editor's save stale
        record(id, LocalDate.of(2019, 4, 9), List.of(RecommendationForm.of("Niêm yết", t.commune(0, 0).code(), LocalDate.of(2019, 5, 9))));
        InspectionDetail editor = AsUser.call(SECRETARIAT, () -> inspections.get(id));
        Recommendation rec = editor.recommendations().getFirst();
        AsUser.run(AsUser.leaderOf(t.commune(0, 0)), () -> recommendationCommands.resolve(rec.id(), rec.version(), LocalDate.of(2019, 5, 2), "Ảnh"));
        assertThatThrownBy(() -> AsUser.run(SECRETARIAT, () -> inspectionCommands.update(id, editor.inspection().version(),
                formOf(id).done(LocalDate.of(2019, 4, 9), "y", List.of()))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> AsUser.run(SECRETARIAT, () -> recommendationCommands.resolve(rec.id(), rec.version(), LocalDate.of(2019, 5, 3), "again")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(SECRETARIAT, () -> inspections.get(id)).recommendations().getFirst().resolvedOn()).isEqualTo(LocalDate.of(2019, 5, 2));
    }

    @Test
    void aCommuneLeaderSeesOnlyTheirCommuneAndResolvesOnlyTheirOwnRecommendations() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        UnitRef mine = t.commune(0, 0);
        UnitRef other = t.commune(0, 1);
        long a = plan(t, mine, 5, LocalDate.of(2019, 5, 6), SCHEDULED, "A");
        long b = plan(t, other, 5, LocalDate.of(2019, 5, 7), SCHEDULED, "B");
        record(a, LocalDate.of(2019, 5, 6), List.of(RecommendationForm.of("Của tôi", mine.code(), LocalDate.of(2019, 6, 1))));
        record(b, LocalDate.of(2019, 5, 7), List.of(RecommendationForm.of("Của xã khác", other.code(), LocalDate.of(2019, 6, 1))));
        Recommendation othersRec = AsUser.call(SECRETARIAT, () -> inspections.get(b).recommendations().getFirst());
        CurrentUser leader = AsUser.leaderOf(mine);
        AsUser.run(leader, () -> {
            assertThat(inspections.list(InspectionFilter.of(mine.id(), Y2019), 0, 50)).extracting(Inspection::id).containsExactly(a);
            assertThat(inspections.get(a).recommendations().getFirst().mayResolve()).isTrue();
            assertThatThrownBy(() -> inspections.list(InspectionFilter.of(t.district(0).id(), Y2019), 0, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspections.get(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspections.progress(t.district(0).id(), Y2019, LocalDate.of(2019, 12, 31))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recommendationCommands.resolve(othersRec.id(), othersRec.version(), LocalDate.of(2019, 5, 20), "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspectionCommands.create(InspectionForm.planned(mine.id(), 2019, mine.code(), 6, null, SCHEDULED, "ONE_STOP", "A", "")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspectionCommands.update(a, 1, formOf(a))).isInstanceOf(AccessDeniedException.class);
        });
        // the district's leader reads the commune's recommendation but it is not theirs to resolve
        Recommendation mineRec = AsUser.call(SECRETARIAT, () -> inspections.get(a).recommendations().getFirst());
        AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            assertThat(inspections.get(a).recommendations().getFirst().mayResolve()).isFalse();
            assertThatThrownBy(() -> recommendationCommands.resolve(mineRec.id(), mineRec.version(), LocalDate.of(2019, 5, 20), "x"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        // the chair reads everything but resolves nothing
        AsUser.run(AsUser.chair(), () -> assertThatThrownBy(() -> recommendationCommands.resolve(mineRec.id(), mineRec.version(), LocalDate.of(2019, 5, 20), "x"))
                .isInstanceOf(AccessDeniedException.class));
        // evidence is required, then the leader resolves their own
        AsUser.run(leader, () -> {
            assertThatThrownBy(() -> recommendationCommands.resolve(mineRec.id(), mineRec.version(), LocalDate.of(2019, 5, 20), " "))
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInspectionException.Problem::key).containsExactly("evidence-required"));
            recommendationCommands.resolve(mineRec.id(), mineRec.version(), LocalDate.of(2019, 5, 20), "Biên bản");
            assertThat(recommendationQueries.countOpenRecommendations(mine.id(), LocalDate.of(2019, 12, 31))).isZero();
        });
    }

    @Test
    void theDemoCommuneLeaderAnChauSeesOnlyAnChau() {
        UnitRef anChau = AsUser.call(AsUser.chair(), () -> units.findByCode("30589", Y2019).orElseThrow());
        UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", Y2019).orElseThrow());
        AsUser.run(AsUser.leaderOf(anChau), () -> {
            List<Inspection> seen = inspections.list(InspectionFilter.of(anChau.id(), Y2019), 0, 100);
            assertThat(seen).isNotEmpty().allMatch(i -> i.target().code().equals("30589"));
            assertThat(seen).extracting(Inspection::type).contains(SURPRISE);
            assertThatThrownBy(() -> inspections.calendar(InspectionFilter.of(chauThanh.id(), Period.month(2019, 5))))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aTeamLeadOnTwoInspectionsTheSameDayAndAUnitTwiceInAWeekAreWarnedAbout() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        plan(t, t.commune(0, 0), 6, LocalDate.of(2019, 6, 10), SCHEDULED, "Nguyễn Văn Hùng");
        AsUser.run(SECRETARIAT, () -> {
            InspectionForm sameLead = InspectionForm.planned(t.district(0).id(), 2019, t.commune(0, 1).code(), 6,
                    LocalDate.of(2019, 6, 10), SCHEDULED, "PLAN", " nguyễn văn hùng ", "");
            assertThat(inspectionCommands.warnings(null, sameLead)).extracting(Warning::key).containsExactly("lead-busy");
            InspectionForm sameUnit = sameLead.withTarget(t.commune(0, 0).code()).withTeamLead("Trần Thị Mai").withPlannedDate(LocalDate.of(2019, 6, 14));
            assertThat(inspectionCommands.warnings(null, sameUnit)).extracting(Warning::key).containsExactly("unit-twice");
            assertThat(inspectionCommands.warnings(null, sameUnit.withPlannedDate(LocalDate.of(2019, 6, 17)))).isEmpty();
            // warnings do not block: the secretariat may confirm and save
            long id = inspectionCommands.create(sameLead);
            assertThat(inspectionCommands.warnings(id, sameLead)).extracting(Warning::key).containsExactly("lead-busy");
        });
    }
}
