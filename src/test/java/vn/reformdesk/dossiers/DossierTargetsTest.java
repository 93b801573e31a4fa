package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Target;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.targets.TargetService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dossier tiles read the one target store (the targets page's), per unit and year with the inherited default. */
@DatabaseTest
class DossierTargetsTest {

    @Autowired
    DossierTargetService dossierTargets;
    @Autowired
    TargetService targets;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    private final java.util.List<Long> touched = new java.util.ArrayList<>();

    @AfterEach
    void removeTheTestsTargets() {
        for (Long id : touched) {
            jdbc.update("delete from scorecard_target where unit_id = ?", id);
            jdbc.update("delete from scorecard_target_change where unit_id = ?", id);
        }
    }

    private UnitRef unit(String code) {
        return AsUser.call(AsUser.chair(), () -> units.findByCode(code, Period.year(2019)).orElseThrow());
    }

    @Test
    void theOldTableIsGoneAndItsDefaultsReadTheSameForEveryYear() {
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'dossier_target'", Long.class))
                .isZero();
        UnitRef chauThanh = unit("892");
        Map<Target, Double> expected = Map.of(Target.EARLY_OR_ON_TIME, 95.0, Target.LATE, 2.0, Target.ONLINE, 50.0,
                Target.OVERDUE, 0.0, Target.LATE_NO_APOLOGY, 0.0);
        for (int year : new int[] {2012, 2016, 2019, 2025}) {
            assertThat(AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), year))).as("year %d", year)
                    .isEqualTo(expected);
        }
        // every tile's KPI is a measure of the targets page, with the direction the tile is coloured in
        assertThat(AsUser.call(AsUser.chair(), () -> targets.value("dossiers.late-share", chauThanh, 2019).effective()))
                .isEqualTo(new vn.reformdesk.scorecard.Target(vn.reformdesk.scorecard.Target.Comparison.AT_MOST, 2.0,
                        vn.reformdesk.scorecard.Target.Source.PROVINCE_DEFAULT));
        assertThat(AsUser.call(AsUser.chair(), () -> targets.value("dossiers.needing-apology", chauThanh, 2019).effective().comparison()))
                .isEqualTo(vn.reformdesk.scorecard.Target.Comparison.AT_MOST);
    }

    @Test
    void aUnitsTargetSetOnTheTargetsPageColoursItsTilesAndTheUnitsBelowFromItsYearOn() {
        UnitRef chauThanh = unit("892");
        UnitRef anChau = unit("30589");
        touched.add(chauThanh.id());
        AsUser.run(AsUser.secretariat(), () -> targets.set(DossierTargetService.targetId(Target.ONLINE), chauThanh, 2019,
                vn.reformdesk.scorecard.Target.Comparison.AT_LEAST, 70.0));

        assertThat(AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), 2019)).get(Target.ONLINE)).isEqualTo(70.0);
        assertThat(AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), 2020)).get(Target.ONLINE)).isEqualTo(70.0);
        assertThat(AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(anChau), 2019)).get(Target.ONLINE)).isEqualTo(70.0);
        assertThat(AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), 2018)).get(Target.ONLINE)).isEqualTo(50.0);
        assertThat(AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), 2019)).get(Target.LATE)).isEqualTo(2.0);
        // the tile's colour follows: an online share of 60% met the default, misses the unit's 70%
        assertThat(DossierKpi.rate(Target.ONLINE, 60.0, AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), 2018))
                .get(Target.ONLINE))).isEqualTo(DossierKpi.Rating.GREEN);
        assertThat(DossierKpi.rate(Target.ONLINE, 60.0, AsUser.call(AsUser.chair(), () -> dossierTargets.targets(units.readable(chauThanh), 2019))
                .get(Target.ONLINE))).isEqualTo(DossierKpi.Rating.RED);
    }

    @Test
    void aLeaderReadsOnlyTheTargetsOfHisOwnUnits() {
        UnitRef chauThanh = unit("892");
        UnitRef anChau = unit("30589");
        assertThat(AsUser.call(AsUser.leaderOf(anChau), () -> dossierTargets.targets(units.readable(anChau), 2019))).containsKey(Target.ONLINE);
        assertThatThrownBy(() -> AsUser.call(AsUser.leaderOf(anChau), () -> dossierTargets.targets(units.readable(chauThanh), 2019)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
