package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan completion's comparison with last year across the reorganisation of 1 July 2025: new An Giang (91)
 * did not exist in 2024, its predecessors (old An Giang 89 and old Kiên Giang, both whole) did; old An Giang's
 * 2024 plan is the comparison of 2025.
 */
@DatabaseTest
class PlansAcrossReorganisationTest {

    @Autowired
    PlanScorecard scorecard;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    UnitService units;

    @Test
    void aNewProvincesCompletionIsComparedWithItsPredecessorsPlanOfLastYear() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef newAnGiang = units.resolve("91", LocalDate.of(2025, 7, 1)).orElseThrow();
            UnitRef oldAnGiang = units.resolve("89", LocalDate.of(2024, 12, 31)).orElseThrow();
            assertThat(newAnGiang.id()).isNotEqualTo(oldAnGiang.id());
            assertThat(plans.planOf(newAnGiang, 2024)).isEmpty();
            PlanRef old2024 = plans.planOf(oldAnGiang, 2024).orElseThrow();
            Double expected = plans.progress(old2024.id(), LocalDate.of(2024, 12, 31)).percent();
            assertThat(expected).isNotNull();

            Measure completion = scorecard.measures(newAnGiang, Period.year(2025)).stream()
                    .filter(m -> m.id().equals(PlanScorecard.COMPLETION)).findFirst().orElseThrow();
            assertThat(completion.previous()).isEqualTo(expected);
            // a unit that existed last year still compares with its own plan only
            Measure own = scorecard.measures(oldAnGiang, Period.year(2024)).stream()
                    .filter(m -> m.id().equals(PlanScorecard.COMPLETION)).findFirst().orElseThrow();
            assertThat(own.previous()).isEqualTo(plans.progress(plans.planOf(oldAnGiang, 2023).orElseThrow().id(),
                    LocalDate.of(2023, 12, 31)).percent());
        });
    }
}
