package vn.reformdesk.inspections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A retired topic is offered only for inspections on days it was still active, and stays on inspections that have it. */
@DatabaseTest
class RetiredTopicsTest {

    @Autowired
    InspectionQueries inspections;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;
    @Autowired
    InspectionTopicService topics;
    @Autowired
    TestUnits testUnits;
    @Autowired
    JdbcTemplate jdbc;

    private List<String> offered(LocalDate on, String keep) {
        return inspections.topicsActiveOn(on, keep).stream().map(Topic::code).toList();
    }

    @Test
    void aTopicRetiredOnTheFirstOfJulyIsOfferedBeforeAndKeptOnlyOnInspectionsThatHaveIt() {
        String code = "R17_" + (System.nanoTime() % 100000);
        AsUser.run(AsUser.secretariat(), () -> {
            var created = topics.create(new InspectionTopicService.TopicDraft(code, "Cải cách tài chính công", "Public finance reform", 90, true));
            topics.update(code, created.version(), new InspectionTopicService.TopicDraft(code, "Cải cách tài chính công",
                    "Public finance reform", 90, false));
        });
        // retired on 1 July 2019, Vietnam time
        jdbc.update("update inspection_topic_change set changed_at = timestamptz '2019-07-01 08:00:00+07' where topic_code = ? and field = 'active'", code);

        assertThat(offered(LocalDate.of(2019, 6, 30), null)).contains(code, "ONE_STOP");
        assertThat(offered(LocalDate.of(2019, 7, 1), null)).contains("ONE_STOP").doesNotContain(code);
        assertThat(offered(LocalDate.of(2020, 1, 1), null)).doesNotContain(code);
        assertThat(offered(LocalDate.of(2020, 1, 1), code)).contains(code);

        TestUnits.Tree t = testUnits.province(1, 2, 0);
        AsUser.run(AsUser.secretariat(), () -> {
            long june = inspectionCommands.create(InspectionForm.planned(t.district(0).id(), 2019, t.commune(0, 0).code(), 6, null,
                    InspectionType.SCHEDULED, code, "Trưởng đoàn", ""));
            assertThatThrownBy(() -> inspectionCommands.create(InspectionForm.planned(t.district(0).id(), 2019, t.commune(0, 1).code(), 9, null,
                    InspectionType.SCHEDULED, code, "Trưởng đoàn", "")))
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInspectionException.Problem::field, InvalidInspectionException.Problem::key)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("topic", "topic-retired")));

            // the June inspection keeps its topic when it is held in August, after the retirement
            Inspection i = inspections.get(june).inspection();
            InspectionForm form = new InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(), i.plannedDate(),
                    i.type(), i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(), i.findings(), List.of());
            inspectionCommands.update(june, i.version(), form.done(LocalDate.of(2019, 8, 5), "Tồn tại", List.of()));
            assertThat(inspections.get(june).inspection().topicCode()).isEqualTo(code);

            // another inspection held in September cannot switch to the retired topic
            long september = inspectionCommands.create(InspectionForm.planned(t.district(0).id(), 2019, t.commune(0, 1).code(), 9, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn", ""));
            Inspection s = inspections.get(september).inspection();
            assertThatThrownBy(() -> inspectionCommands.update(september, s.version(), new InspectionForm(s.planUnitId(), s.planYear(),
                    s.target().code(), s.plannedMonth(), s.plannedDate(), s.type(), code, s.teamLead(), s.members(), s.status(),
                    s.actualDate(), s.postponeReason(), s.findings(), List.of())))
                    .isInstanceOf(InvalidInspectionException.class).hasMessageContaining("topic-retired");
        });
    }
}
