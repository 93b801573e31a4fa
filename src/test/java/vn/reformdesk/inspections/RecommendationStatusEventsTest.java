package vn.reformdesk.inspections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformdesk.inspections.InspectionForm.RecommendationForm;

@DatabaseTest
class RecommendationStatusEventsTest {

    @Autowired
    InspectionQueries inspections;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<Recommendation> inspectWithRecommendations(TestUnits.Tree t, UnitRef target, List<RecommendationForm> recs) {
        return AsUser.call(AsUser.secretariat(), () -> {
            long id = inspectionCommands.create(InspectionForm.planned(t.district(0).id(), 2019, target.code(), 2, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Nguyễn Văn A", ""));
            Inspection i = inspections.get(id).inspection();
            InspectionForm form = new InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(), i.plannedDate(),
                    i.type(), i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(), i.findings(),
                    List.of());
            inspectionCommands.update(id, i.version(), form.done(LocalDate.of(2019, 2, 20), "Tồn tại", recs));
            return inspections.get(id).recommendations();
        });
    }

    @Test
    void aRecommendationDoneInMarchAndReopenedInOctoberIsDoneAtThirtyJuneAndOpenAtTheYearEnd() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef commune = t.commune(0, 0);
        List<Recommendation> recs = inspectWithRecommendations(t, commune, List.of(
                RecommendationForm.of("Niêm yết thủ tục", commune.code(), LocalDate.of(2019, 4, 30)),
                RecommendationForm.of("Sổ theo dõi hồ sơ", commune.code(), LocalDate.of(2019, 12, 31))));
        Recommendation first = recs.getFirst();
        AsUser.run(AsUser.leaderOf(commune), () -> recommendationCommands.resolve(first.id(), first.version(), LocalDate.of(2019, 3, 10), "Ảnh niêm yết"));

        // the leader cannot reopen; the secretariat can, with a reason
        Recommendation done = AsUser.call(AsUser.secretariat(), () -> inspections.get(recs.getFirst().inspectionId())).recommendations().getFirst();
        AsUser.run(AsUser.leaderOf(commune), () -> assertThatThrownBy(() -> recommendationCommands.reopen(done.id(), done.version(), "x", null))
                .isInstanceOf(AccessDeniedException.class));
        AsUser.run(AsUser.secretariat(), () -> assertThatThrownBy(() -> recommendationCommands.reopen(done.id(), done.version(), "", null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("inspections.error.reopen-reason"));
        clock.setToday(LocalDate.of(2019, 10, 15));
        AsUser.run(AsUser.secretariat(), () -> recommendationCommands.reopen(done.id(), done.version(), "Chưa niêm yết đủ", null));
        clock.reset();

        AsUser.run(AsUser.chair(), () -> {
            long district = t.district(0).id();
            LocalDate june = Period.half(2019, 1).end();
            LocalDate yearEnd = Period.year(2019).end();
            ProgressReport.RecommendationSummary h1 = inspections.progress(district, Period.half(2019, 1), june).recommendations();
            assertThat(h1.open()).isEqualTo(1);
            assertThat(h1.doneOnTime()).isEqualTo(1);
            ProgressReport.RecommendationSummary year = inspections.progress(district, Period.year(2019), yearEnd).recommendations();
            assertThat(year.open()).isEqualTo(2);
            assertThat(year.overdue()).isEqualTo(1);
            assertThat(year.doneOnTime()).isZero();

            // the lists behind the figures count what the figures count, and done ones stay listed
            assertThat(recommendationQueries.countRecommendations(district, june, RecommendationFilter.DONE)).isEqualTo(1);
            assertThat(recommendationQueries.countRecommendations(district, june, RecommendationFilter.OPEN)).isEqualTo(h1.open());
            assertThat(recommendationQueries.countRecommendations(district, yearEnd, RecommendationFilter.OVERDUE)).isEqualTo(year.overdue());
            assertThat(recommendationQueries.countRecommendations(district, yearEnd, RecommendationFilter.DONE)).isZero();
            assertThat(recommendationQueries.countRecommendations(district, yearEnd, RecommendationFilter.ALL)).isEqualTo(2);
            Recommendation doneThen = recommendationQueries.recommendations(district, june, RecommendationFilter.DONE, 0, 10).getFirst();
            assertThat(doneThen.status()).isEqualTo(RecommendationStatus.DONE);
            assertThat(doneThen.resolvedOn()).isEqualTo(LocalDate.of(2019, 3, 10));
            assertThat(doneThen.evidence()).isEqualTo("Ảnh niêm yết");
            assertThat(recommendationQueries.recommendations(district, yearEnd, RecommendationFilter.OVERDUE, 0, 10))
                    .extracting(Recommendation::text).containsExactly("Niêm yết thủ tục");

            List<RecommendationEvent> events = recommendationQueries.statusEvents(done.id());
            assertThat(events).extracting(RecommendationEvent::status)
                    .containsExactly(RecommendationStatus.OPEN, RecommendationStatus.DONE);
            assertThat(events.getFirst().effectiveOn()).isEqualTo(LocalDate.of(2019, 10, 15));
            assertThat(events.getFirst().reason()).isEqualTo("Chưa niêm yết đủ");
            assertThat(events.getLast().evidence()).isEqualTo("Ảnh niêm yết");
        });

        // it can be resolved again, and then counts as done late at the year end
        Recommendation reopened = AsUser.call(AsUser.secretariat(), () -> inspections.get(done.inspectionId())).recommendations().getFirst();
        AsUser.run(AsUser.leaderOf(commune), () -> recommendationCommands.resolve(reopened.id(), reopened.version(), LocalDate.of(2019, 11, 2), "Ảnh mới"));
        AsUser.run(AsUser.chair(), () -> {
            assertThat(recommendationQueries.countRecommendations(t.district(0).id(), Period.year(2019).end(), RecommendationFilter.DONE)).isEqualTo(1);
            assertThat(recommendationQueries.countRecommendations(t.district(0).id(), LocalDate.of(2019, 10, 31), RecommendationFilter.OVERDUE)).isEqualTo(1);
        });
    }
}
