package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.inspections.InspectionTopicService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secretariat keeps plan areas per year and inspection topics through services with history; others only read. */
@DatabaseTest
class PlanAreasPerYearTest {

    @Autowired
    PlanAreaService areas;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    InspectionTopicService topics;

    @Test
    void anAreaAddedFor2025ServesThePlansOf2025OnwardsAndItsChangesAreKept() {
        String code = "TAC_DONG_" + (System.nanoTime() % 100000);
        PlanAreaService.AreaRow area = AsUser.call(AsUser.secretariat(), () -> areas.create(
                new PlanAreaService.AreaDraft(code, "Tác động của cải cách", "Impact of reform", 2025, null, true)));
        AsUser.run(AsUser.chair(), () -> {
            assertThat(plans.areas(2025)).extracting(Area::code).contains(code, "CHI_DAO");
            assertThat(plans.areas(2024)).extracting(Area::code).doesNotContain(code).contains("CHI_DAO");
        });

        // the secretariat limits it to 2025–2026 and renames it; both changes are in its history
        PlanAreaService.AreaRow changed = AsUser.call(AsUser.secretariat(), () -> areas.update(area.id(), area.version(),
                new PlanAreaService.AreaDraft(code, "Tác động của CCHC đến người dân", "Impact of reform", 2025, 2026, true)));
        assertThat(changed.toYear()).isEqualTo(2026);
        AsUser.run(AsUser.chair(), () -> {
            assertThat(plans.areas(2027)).extracting(Area::code).doesNotContain(code);
            assertThat(plans.areas(2026)).extracting(Area::code).contains(code);
            assertThat(areas.history(area.id())).extracting(PlanAreaService.AreaChange::field)
                    .containsExactlyInAnyOrder("created", "name", "toYear");
        });
        // a stale save, a wrong range and a chair's write are refused
        AsUser.run(AsUser.secretariat(), () -> {
            assertThatThrownBy(() -> areas.update(area.id(), area.version(), new PlanAreaService.AreaDraft(code, "x", null, null, null, true)))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("plans.error.area-concurrent");
            assertThatThrownBy(() -> areas.update(changed.id(), changed.version(),
                    new PlanAreaService.AreaDraft(code, "x", null, 2026, 2025, true)))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("plans.error.area-years");
        });
        AsUser.run(AsUser.chair(), () -> assertThatThrownBy(() -> areas.create(
                new PlanAreaService.AreaDraft("X_" + code, "x", null, null, null, true))).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aTopicIsAddedRenamedAndRetiredWithItsHistory() {
        String code = "T_" + (System.nanoTime() % 100000);
        InspectionTopicService.TopicRow topic = AsUser.call(AsUser.secretariat(), () -> topics.create(
                new InspectionTopicService.TopicDraft(code, "Chuyển đổi số", "Digital transformation", 70, true)));
        InspectionTopicService.TopicRow retired = AsUser.call(AsUser.secretariat(), () -> topics.update(code, topic.version(),
                new InspectionTopicService.TopicDraft(code, "Chuyển đổi số", "Digital transformation", 70, false)));
        assertThat(retired.active()).isFalse();
        AsUser.run(AsUser.chair(), () -> {
            assertThat(topics.history(code)).extracting(InspectionTopicService.TopicChange::field).containsExactly("active", "created");
            assertThatThrownBy(() -> topics.update(code, retired.version(),
                    new InspectionTopicService.TopicDraft(code, "x", "x", 1, true))).isInstanceOf(AccessDeniedException.class);
        });
        AsUser.run(AsUser.secretariat(), () -> assertThatThrownBy(() -> topics.create(
                new InspectionTopicService.TopicDraft(code, "x", "x", 1, true)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("inspections.error.topic-exists"));
    }
}
