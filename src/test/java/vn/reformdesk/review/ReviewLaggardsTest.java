package vn.reformdesk.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.targets.TargetService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** At province level the review's laggards cover every unit below, communes under districts too, with their district. */
@DatabaseTest
class ReviewLaggardsTest {

    static final Period NINE_MONTHS_2019 = Period.nineMonths(2019);

    @Autowired
    ReviewService reviews;
    @Autowired
    UnitService units;
    @Autowired
    TargetService targets;
    @Autowired
    BriefingPack pack;
    @Autowired
    JdbcTemplate jdbc;

    private UnitRef unit(String code) {
        return AsUser.call(AsUser.chair(), () -> units.findByCode(code, NINE_MONTHS_2019).orElseThrow());
    }

    @AfterEach
    void removeTheTestsTargets() {
        long anChau = unit("30589").id();
        jdbc.update("delete from scorecard_target where unit_id = ?", anChau);
        jdbc.update("delete from scorecard_target_change where unit_id = ?", anChau);
    }

    @Test
    void aCommuneBehindItsTargetIsListedAtProvinceLevelWithItsDistrictWorstFirst() {
        UnitRef province = unit("89");
        UnitRef chauThanh = unit("892");
        UnitRef anChau = unit("30589");
        AsUser.run(AsUser.secretariat(), () -> {
            targets.set("dossiers.on-time-share", anChau, 2019, Target.Comparison.AT_LEAST, 100.0);
            targets.set("dossiers.online-share", anChau, 2019, Target.Comparison.AT_LEAST, 100.0);
            targets.set("dossiers.overdue", anChau, 2019, Target.Comparison.AT_MOST, 0.0);
        });
        ReviewReport r = AsUser.call(AsUser.chair(), () -> reviews.report(units.readable(province), NINE_MONTHS_2019));

        ReviewReport.Laggard commune = r.laggards().stream().filter(l -> l.unit().id() == anChau.id()).findFirst().orElseThrow();
        assertThat(commune.parent()).isNotNull();
        assertThat(commune.parent().id()).isEqualTo(chauThanh.id());
        assertThat(commune.behind()).isNotEmpty();
        // every unit below the province may appear, each named with the unit it belongs to unless a direct child
        assertThat(r.laggards()).allSatisfy(l -> {
            assertThat(l.unit().isWithin(province)).isTrue();
            assertThat(l.unit().id()).isNotEqualTo(province.id());
            if (l.unit().parentId() == province.id()) {
                assertThat(l.parent()).isNull();
            } else {
                assertThat(l.parent()).isNotNull();
                assertThat(l.parent().id()).isEqualTo(l.unit().parentId());
            }
        });
        for (int i = 1; i < r.laggards().size(); i++) {
            assertThat(r.laggards().get(i - 1).score()).isGreaterThanOrEqualTo(r.laggards().get(i).score());
        }
        // the movers stay the province's own children
        assertThat(r.movers()).allSatisfy(m -> assertThat(m.unit().parentId()).isEqualTo(province.id()));

        // the briefing pack's laggards sheet names the commune with its district
        TableWorkbook.Table sheet = pack.laggardTable(r, AppLocales.VIETNAMESE);
        List<String> names = sheet.rows().stream().map(row -> (String) row.getFirst()).toList();
        assertThat(names).anyMatch(n -> n.contains(anChau.name()) && n.contains(chauThanh.name()));

        // at the district, the same commune is a direct child: no parent named
        ReviewReport district = AsUser.call(AsUser.chair(), () -> reviews.report(units.readable(chauThanh), NINE_MONTHS_2019));
        assertThat(district.laggards()).filteredOn(l -> l.unit().id() == anChau.id()).singleElement()
                .satisfies(l -> assertThat(l.parent()).isNull());
    }
}
