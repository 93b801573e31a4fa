package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent check: every KPI computed in plain Java straight from the dossier records (written here from
 * the rules in words, sharing nothing with the SQL or the rollups), compared with what the service returns for
 * thousands of random dossiers, every period type, closed and running, at all three levels.
 */
@DatabaseTest
class DossierOracleTest {

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record D(String unitPath, LocalDateTime received, boolean online, LocalDate promised, LocalDateTime resolved, String outcome,
             int supplement, boolean apology, LocalDate waiting) {
    }

    /** The rules of DossierKpi, from their wording. */
    static Figures oracle(List<D> all, String path, LocalDate first, LocalDate asOf) {
        long received = 0, online = 0, early = 0, onTime = 0, late = 0, lateApology = 0, withdrawn = 0, pending = 0, overdue = 0,
                carried = 0, due = 0, dueEarly = 0, dueOnTime = 0, overdueApology = 0, waiting = 0;
        LocalDate before = first.minusDays(1);
        for (D d : all) {
            if (!d.unitPath().startsWith(path)) {
                continue;
            }
            LocalDate r = d.received().toLocalDate();
            LocalDate x = d.resolved() == null ? null : d.resolved().toLocalDate();
            LocalDate dueDate = d.promised().plusDays(d.supplement());
            String status;
            if (x == null) {
                status = "PENDING";
            } else if (d.outcome().equals("WITHDRAWN")) {
                status = "WITHDRAWN";
            } else {
                LocalDate end = x.minusDays(d.supplement());
                status = end.isBefore(d.promised()) ? "EARLY" : end.isEqual(d.promised()) ? "ON_TIME" : "LATE";
            }
            if (!r.isBefore(first) && !r.isAfter(asOf)) {
                received++;
                if (d.online()) {
                    online++;
                }
            }
            if (x != null && !x.isBefore(first) && !x.isAfter(asOf)) {
                switch (status) {
                    case "EARLY" -> early++;
                    case "ON_TIME" -> onTime++;
                    case "LATE" -> {
                        late++;
                        if (d.apology()) {
                            lateApology++;
                        }
                    }
                    case "WITHDRAWN" -> withdrawn++;
                    default -> {
                    }
                }
            }
            boolean open = !r.isAfter(asOf) && (x == null || x.isAfter(asOf));
            if (open) {
                pending++;
                boolean isWaiting = d.waiting() != null && !d.waiting().isAfter(asOf);
                if (isWaiting) {
                    waiting++;
                } else if (dueDate.isBefore(asOf)) {
                    overdue++;
                    if (d.apology()) {
                        overdueApology++;
                    }
                }
            }
            if (!r.isAfter(before) && (x == null || x.isAfter(before))) {
                carried++;
            }
            if (!status.equals("WITHDRAWN") && !dueDate.isBefore(first) && !dueDate.isAfter(asOf)) {
                due++;
                if (status.equals("EARLY")) {
                    dueEarly++;
                } else if (status.equals("ON_TIME")) {
                    dueOnTime++;
                }
            }
        }
        return Figures.ofRecords(received, online, early, onTime, late, lateApology, withdrawn, pending, overdue, carried, due, dueEarly,
                dueOnTime, overdueApology, waiting);
    }

    @Test
    void everyKpiFromTheServicesEqualsAPlainJavaComputationFromTheRecords() {
        TestUnits.Tree t = testUnits.province(2, 3, 1);
        LocalDate today = LocalDate.of(2025, 5, 14);
        // the dossier tests' one generator; the oracle below reads the same samples in plain Java
        List<DossierListFixtures.Sample> samples = DossierListFixtures.generate(t, 4000, today, 9, t.province().code() + "-O");
        List<D> all = samples.stream().map(d -> new D(d.unit().path(), d.received(), d.channel().equals("ONLINE"), d.promised(),
                d.resolved(), d.outcome(), d.supplement(), d.apology(), d.waiting())).toList();
        clock.setToday(today);
        DossierListFixtures.load(importer, samples);

        List<Period> periods = List.of(Period.month(2024, 2), Period.month(2024, 12), Period.month(2025, 5), Period.quarter(2024, 1),
                Period.quarter(2024, 4), Period.quarter(2025, 2), Period.half(2024, 1), Period.half(2024, 2), Period.half(2025, 1),
                Period.nineMonths(2024), Period.nineMonths(2025), Period.year(2024), Period.year(2025), Period.year(2023));
        List<UnitRef> scopes = List.of(t.province(), t.district(0), t.district(1), t.commune(0, 0), t.commune(1, 2), t.departments().getFirst());
        int compared = 0;
        for (Period p : periods) {
            LocalDate asOf = today.isBefore(p.end()) ? today : p.end();
            for (UnitRef scope : scopes) {
                Figures expected = oracle(all, scope.path(), p.start(), asOf);
                Figures actual = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(scope), p));
                assertThat(actual).as("%s %s as of %s", scope.code(), p, asOf).isEqualTo(expected);
                Figures viaSummary = AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(scope), p).current());
                assertThat(viaSummary).as("summary %s %s", scope.code(), p).isEqualTo(expected);
                compared++;
            }
            // the children table gives each child's subtree the same figures
            AsUser.run(AsUser.chair(), () -> kpis.children(unitService.readable(t.province()), p).forEach(row ->
                    assertThat(row.figures()).as("child %s %s", row.unit().code(), p).isEqualTo(oracle(all, row.unit().path(), p.start(), asOf))));
        }
        assertThat(compared).isEqualTo(periods.size() * scopes.size());
        // a district's own desk and the units below it split its total exactly
        Period y = Period.year(2024);
        DossierKpiService.Summary s = AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(t.district(0)), y));
        assertThat(s.desk()).isNotNull();
        List<D> deskOnly = all.stream().filter(d -> d.unitPath().equals(t.district(0).path())).toList();
        assertThat(s.desk().current()).isEqualTo(oracle(deskOnly, t.district(0).path(), y.start(), y.end()));
        assertThat(s.desk().current().plus(s.below().current())).isEqualTo(s.current());
        assertThat(s.below().current().received()).isEqualTo(oracle(all, t.district(0).path(), y.start(), y.end()).received()
                - s.desk().current().received());
    }
}
