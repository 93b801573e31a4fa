package vn.reformdesk.scorecard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.targets.TargetChange;
import vn.reformdesk.targets.TargetService;
import vn.reformdesk.targets.TargetValue;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class ScorecardTest {

    private static final Period NINE_MONTHS_2019 = Period.nineMonths(2019);

    @Autowired
    List<FieldScorecard> scorecards;
    @Autowired
    TargetService targets;
    @Autowired
    UnitService units;
    @Autowired
    TestUnits testUnits;

    private Map<String, Measure> measures(UnitRef unit, Period period) {
        return AsUser.call(AsUser.chair(), () -> scorecards.stream().flatMap(s -> s.measures(unit, period).stream())
                .collect(Collectors.toMap(Measure::id, Function.identity())));
    }

    private UnitRef chauThanh() {
        return AsUser.call(AsUser.chair(), () -> units.findByCode("892", Period.year(2019)).orElseThrow());
    }

    /**
     * The review reads all the units below at once ({@code measures(List, Period)}); each field answers every unit
     * as it would answer it alone. Rankings share a tier's ranking between the units and must still give each its own
     * rank; 2024 has published rankings for the districts, 2019's nine months the seed's figures.
     */
    @Test
    void everyFieldReadsManyUnitsAtOnceAsItReadsEachAlone() {
        for (Period period : List.of(Period.year(2024), NINE_MONTHS_2019)) {
            AsUser.run(AsUser.chair(), () -> {
                UnitRef province = units.findByCode("89", period).orElseThrow();
                List<UnitRef> below = units.subtree(province.id(), period);
                assertThat(below).hasSizeGreaterThan(20);
                for (FieldScorecard s : scorecards) {
                    Map<Long, List<Measure>> together = s.measures(below, period);
                    assertThat(together.keySet()).containsExactlyElementsOf(below.stream().map(UnitRef::id).toList());
                    for (UnitRef u : below) {
                        assertThat(together.get(u.id())).as(s.field() + " of " + u.code() + " in " + period.code())
                                .isEqualTo(s.measures(u, period));
                    }
                }
                long ranked = below.stream().filter(u -> scorecards.stream().filter(s -> s.field().equals("rankings"))
                        .anyMatch(s -> !s.measures(u, period).isEmpty())).count();
                if (period.equals(Period.year(2024))) {
                    assertThat(ranked).as("units with a rank in 2024").isGreaterThan(5);
                }
            });
        }
    }

    /** An index's name in a measure reads in the page's language: the demo's district index has an English name. */
    @Test
    void aRankingMeasureNamesItsIndexInThePagesLanguage() {
        Map<String, Measure> m = measures(chauThanh(), Period.year(2024));
        Measure score = m.get("rankings.score.PAR-HUYEN");
        assertThat(score).as("Châu Thành's score in the district index, 2024: %s", m.keySet()).isNotNull();
        assertThat(MeasureTexts.label(score, vn.reformdesk.base.AppLocales.VIETNAMESE)).contains("Chỉ số CCHC cấp huyện, cấp xã");
        assertThat(MeasureTexts.label(score, vn.reformdesk.base.AppLocales.ENGLISH)).isEqualTo("Score in PAR index of districts and communes");
    }

    @Test
    void everyFieldRegistersOneScorecardWithTargetableMeasures() {
        assertThat(scorecards).extracting(FieldScorecard::field).contains("plans", "dossiers", "rankings", "inspections");
        assertThat(scorecards.stream().flatMap(s -> s.definitions().stream()).map(MeasureDef::targetId))
                .contains("plans.completion", "plans.overdue-tasks", "dossiers.online-share", "dossiers.on-time-share",
                        "dossiers.overdue", "rankings.score", "inspections.progress", "inspections.overdue-recommendations");
    }

    @Test
    void chauThanhNineMonths2019ReadsAsTheCommitteesReportWithGapsInTheFieldsOwnTerms() {
        Map<String, Measure> m = measures(chauThanh(), NINE_MONTHS_2019);

        Measure completion = m.get("plans.completion");
        assertThat(completion.actual()).isEqualTo(80.6);
        assertThat(completion.asOf()).isEqualTo(NINE_MONTHS_2019.end());
        assertThat(completion.target()).isEqualTo(new Target(Target.Comparison.AT_LEAST, 80, Target.Source.PROVINCE_DEFAULT));
        assertThat(completion.behind()).isFalse();
        assertThat(MeasureTexts.value(completion, AppLocales.VIETNAMESE)).isEqualTo("80,6% (29/36)");
        assertThat(MeasureTexts.rule(completion, AppLocales.ENGLISH)).isEqualTo("at least 80.0% (province-wide default)");

        Measure overdue = m.get("plans.overdue-tasks");
        assertThat(overdue.actual()).isEqualTo(3.0);
        assertThat(overdue.behind()).isTrue();
        assertThat(MeasureTexts.gap(overdue, AppLocales.ENGLISH)).isEqualTo("3 plan tasks overdue");

        Measure inspections = m.get("inspections.progress");
        assertThat(inspections.actual()).isEqualTo(60.0);
        assertThat(inspections.behind()).isTrue();
        assertThat(MeasureTexts.gap(inspections, AppLocales.ENGLISH)).isEqualTo("6 of 10 planned inspections done: 2 short of 80%");
        assertThat(MeasureTexts.gap(inspections, AppLocales.VIETNAMESE)).isEqualTo("đã kiểm tra 6/10 đơn vị: còn thiếu 2 để đạt 80%");
        // the plan of 2018 has no tasks for Châu Thành: unknown, never 0%
        assertThat(completion.previous()).isNull();
    }

    @Test
    void theDossierGapCountsTheDossiersThatWouldHaveClosedIt() {
        UnitRef chauThanh = chauThanh();
        Measure online = measures(chauThanh, NINE_MONTHS_2019).get("dossiers.online-share");
        assertThat(online.actual()).isNotNull();
        double high = Math.min(100, Math.floor(online.actual()) + 7);
        AsUser.run(AsUser.secretariat(), () -> targets.set("dossiers.online-share", chauThanh, 2019, Target.Comparison.AT_LEAST, high));
        try {
            Measure behind = measures(chauThanh, NINE_MONTHS_2019).get("dossiers.online-share");
            assertThat(behind.target()).isEqualTo(new Target(Target.Comparison.AT_LEAST, high, Target.Source.UNIT));
            assertThat(behind.behind()).isTrue();
            double points = high - behind.actual();
            long received = ((Number) behind.gapArgs().get(3)).longValue();
            assertThat(behind.gapArgs().get(2)).isEqualTo(points);
            // about points% of the received dossiers: the ones that should have come in online
            assertThat(received).isPositive();
            String text = MeasureTexts.gap(behind, AppLocales.ENGLISH);
            assertThat(text).startsWith("online ").contains("against at least ").contains(" points, about " + String.format("%,d", received));
        } finally {
            AsUser.run(AsUser.secretariat(), () -> targets.set("dossiers.online-share", chauThanh, 2019, Target.Comparison.AT_LEAST, null));
        }
        assertThat(measures(chauThanh, NINE_MONTHS_2019).get("dossiers.online-share").target().source())
                .isEqualTo(Target.Source.PROVINCE_DEFAULT);
    }

    @Test
    void aUnitInheritsTheTargetOfTheNearestUnitAboveItAndATargetStaysInForceUntilAnotherIsSet() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        UnitRef commune = t.commune(0, 0);
        AsUser.run(AsUser.secretariat(), () -> {
            assertThat(targets.target("plans.completion", commune, 2020).source()).isEqualTo(Target.Source.PROVINCE_DEFAULT);
            targets.set("plans.completion", t.province(), 2020, Target.Comparison.AT_LEAST, 90.0);
            targets.set("plans.completion", district, 2021, Target.Comparison.AT_LEAST, 70.0);

            assertThat(targets.target("plans.completion", commune, 2019).source()).isEqualTo(Target.Source.PROVINCE_DEFAULT);
            TargetValue v2020 = targets.value("plans.completion", commune, 2020);
            assertThat(v2020.effective()).isEqualTo(new Target(Target.Comparison.AT_LEAST, 90, Target.Source.ANCESTOR));
            assertThat(v2020.fromUnit()).isEqualTo(t.province().name());
            assertThat(v2020.own()).isNull();
            assertThat(targets.target("plans.completion", commune, 2024).value()).isEqualTo(70.0);
            assertThat(targets.value("plans.completion", district, 2023).own()).isEqualTo(70.0);
            assertThat(targets.value("plans.completion", district, 2023).ownYear()).isEqualTo(2021);
            assertThat(targets.target("plans.completion", district, 2023).source()).isEqualTo(Target.Source.UNIT);

            targets.set("plans.completion", district, 2021, Target.Comparison.AT_LEAST, 75.0);
            List<TargetChange> history = targets.history(district, 10);
            assertThat(history).extracting(TargetChange::oldValue, TargetChange::newValue)
                    .startsWith(org.assertj.core.groups.Tuple.tuple(70.0, 75.0), org.assertj.core.groups.Tuple.tuple(null, 70.0));
            assertThat(history.getFirst().by()).startsWith("secretariat");
        });
    }

    @Test
    void onlyTheSecretariatSetsTargetsAndNonsenseIsRefusedOnTheField() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.district(0)),
                () -> targets.set("plans.completion", t.district(0), 2020, Target.Comparison.AT_LEAST, 10.0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(),
                () -> targets.set("plans.completion", t.district(0), 2020, Target.Comparison.AT_LEAST, -5.0)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            targets.history(t.province(), 5);
        })).isInstanceOf(AccessDeniedException.class);
    }
}
