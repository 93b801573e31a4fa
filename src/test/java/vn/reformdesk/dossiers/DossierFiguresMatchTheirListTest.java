package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.dossiers.DossierListService.Filter;
import vn.reformdesk.dossiers.DossierListService.Query;
import vn.reformdesk.dossiers.DossierListService.Sort;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every clickable dossier figure (each {@link DossierListKind} a tile opens) equals the number of dossiers its list
 * returns, at the province, a district and a commune, for a past period, a running period read as of today and a
 * quarter, and so does each tile of the split (the unit's own desk, the units below it); filters and the id search
 * narrow the same rule; pages are sorted in the database without gaps or
 * overlaps; the list keeps to the user's scope.
 */
@DatabaseTest
class DossierFiguresMatchTheirListTest {

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    DossierListService list;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyDossierFigureEqualsTheCountOfItsListAtEachLevelAndPeriod() {
        TestUnits.Tree t = testUnits.province(2, 2, 1);
        LocalDate today = LocalDate.of(2025, 5, 14);
        clock.setToday(today);
        String prefix = DossierListFixtures.load(importer, t, 3000, today, 17);
        // a past period, a running period (as of today), a quarter
        List<Period> periods = List.of(Period.year(2024), Period.nineMonths(2025), Period.quarter(2024, 3));
        List<UnitRef> scopes = List.of(t.province(), t.district(0), t.commune(0, 1));
        int nonZero = 0;
        int splitNonZero = 0;
        for (UnitRef unit : scopes) {
            for (Period period : periods) {
                DossierKpiService.Summary s = AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(unit), period));
                Figures f = s.current();
                for (DossierListKind kind : DossierListKind.values()) {
                    long listed = AsUser.call(AsUser.chair(), () -> list.count(new Query(unit, period, kind, Filter.NONE)));
                    assertThat(listed).as("%s %s %s", kind, unit.code(), period).isEqualTo(kind.figure(f));
                    if (listed > 0) {
                        nonZero++;
                    }
                    // the split tiles: the unit's own desk and the units below it open their part of the list
                    long own = AsUser.call(AsUser.chair(), () -> list.count(new Query(unit, period, kind, Filter.of(DossierKpi.Part.OWN_DESK))));
                    long below = AsUser.call(AsUser.chair(), () -> list.count(new Query(unit, period, kind, Filter.of(DossierKpi.Part.BELOW))));
                    if (unit.equals(t.commune(0, 1))) {
                        // a commune has no units below: no split on its page; its list is all its own desk
                        assertThat(s.desk()).isNull();
                        assertThat(own).as("own desk %s %s %s", kind, unit.code(), period).isEqualTo(kind.figure(f));
                        assertThat(below).as("below %s %s %s", kind, unit.code(), period).isZero();
                    } else {
                        assertThat(own).as("own desk %s %s %s", kind, unit.code(), period).isEqualTo(kind.figure(s.desk().current()));
                        assertThat(below).as("below %s %s %s", kind, unit.code(), period).isEqualTo(kind.figure(s.below().current()));
                        if (own > 0 && below > 0) {
                            splitNonZero++;
                        }
                    }
                }
            }
        }
        assertThat(nonZero).as("the figures compared are not all zero").isGreaterThan(scopes.size() * periods.size() * 8);
        assertThat(splitNonZero).as("both parts of the split are not all zero").isGreaterThan(2 * periods.size() * 6);
        // the running period's stocks move with the clock, and the list with them
        Period running = Period.nineMonths(2025);
        long overdueNow = AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), running, DossierListKind.OVERDUE, Filter.NONE)));
        assertThat(list.asOf(running)).isEqualTo(today);
        clock.setToday(today.plusDays(20));
        long overdueLater = AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), running, DossierListKind.OVERDUE, Filter.NONE)));
        assertThat(overdueLater).isEqualTo(AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(t.province()), running).current().overdue()));
        assertThat(overdueLater).isNotEqualTo(overdueNow);
        clock.setToday(today);

        // filters split the same rule: the fields' counts add up to the total; status and id narrow it
        Period y = Period.year(2024);
        Query all = new Query(t.province(), y, DossierListKind.RECEIVED, Filter.NONE);
        long total = AsUser.call(AsUser.chair(), () -> list.count(all));
        long byField = 0;
        for (String field : List.of("LAND", "CIVIL_STATUS", "BUSINESS", "SOCIAL")) {
            byField += AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), y, DossierListKind.RECEIVED,
                    new Filter(field, null, null, null, null))));
        }
        assertThat(byField).isEqualTo(total);
        long late = AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), y, DossierListKind.RESOLVED,
                new Filter(null, null, DossierKpi.Status.LATE, null, null))));
        assertThat(late).isEqualTo(AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(t.province()), y).current().late()));
        long online = AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), y, DossierListKind.RECEIVED,
                new Filter(null, null, null, "ONLINE", null))));
        assertThat(online).isEqualTo(AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(t.province()), y).current().receivedOnline()));
        long communeDesks = AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), y, DossierListKind.RECEIVED,
                new Filter(null, "COMMUNE", null, null, null))));
        assertThat(communeDesks).isPositive().isLessThan(total);
        List<DossierListService.Row> first = AsUser.call(AsUser.chair(), () -> list.page(all, Sort.ID, true, 0, 1));
        String oneId = first.getFirst().id();
        assertThat(AsUser.call(AsUser.chair(), () -> list.page(new Query(t.province(), y, DossierListKind.RECEIVED,
                new Filter(null, null, null, null, oneId)), Sort.ID, true, 0, 10))).extracting(DossierListService.Row::id).containsExactly(oneId);
        assertThat(AsUser.call(AsUser.chair(), () -> list.count(new Query(t.province(), y, DossierListKind.RECEIVED,
                new Filter(null, null, null, null, prefix.substring(0, prefix.length() - 1) + "%"))))).isZero();

        // pages sorted in the database: consecutive pages are the sorted whole, without gaps or overlaps
        Query overdue = new Query(t.province(), y, DossierListKind.OVERDUE, Filter.NONE);
        long n = AsUser.call(AsUser.chair(), () -> list.count(overdue));
        assertThat(n).isGreaterThan(30);
        List<DossierListService.Row> pages = new ArrayList<>();
        for (int offset = 0; offset < n; offset += 25) {
            int o = offset;
            pages.addAll(AsUser.call(AsUser.chair(), () -> list.page(overdue, Sort.DAYS_LATE, false, o, 25)));
        }
        assertThat(pages).hasSize((int) n);
        assertThat(pages).extracting(DossierListService.Row::id).doesNotHaveDuplicates();
        assertThat(pages).isSortedAccordingTo(Comparator.comparingInt(DossierListService.Row::daysLate).reversed());
        assertThat(pages).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(DossierKpi.Status.PENDING);
            assertThat(r.daysLate()).isPositive();
            assertThat(r.due()).isBefore(y.end());
        });

        // the list opened for the grid: the same rows in the same order, whether its ids are kept or it pages by offset
        DossierListPages kept = AsUser.call(AsUser.chair(), () -> list.open(overdue, Sort.DAYS_LATE, false));
        DossierListPages byOffset = AsUser.call(AsUser.chair(), () -> list.open(overdue, Sort.DAYS_LATE, false, 10));
        assertThat(kept.kept()).isTrue();
        assertThat(byOffset.kept()).isFalse();
        assertThat(kept.count()).isEqualTo(n);
        assertThat(byOffset.count()).isEqualTo(n);
        // pages are read as the grid reads them, in the signed-in user's request (the offset pages check the scope again)
        AsUser.run(AsUser.chair(), () -> {
            for (DossierListPages opened : List.of(kept, byOffset)) {
                List<DossierListService.Row> rows = new ArrayList<>();
                for (int offset = 0; offset < n; offset += 7) {
                    rows.addAll(opened.page(offset, 7));
                }
                assertThat(rows).isEqualTo(pages);
                assertThat(opened.page((int) n - 3, 50)).isEqualTo(pages.subList((int) n - 3, (int) n));
                assertThat(opened.page((int) n, 50)).isEmpty();
            }
        });
        // another order is another opening: by id, ascending
        DossierListPages byId = AsUser.call(AsUser.chair(), () -> list.open(overdue, Sort.ID, true));
        assertThat(byId.page(0, (int) n)).extracting(DossierListService.Row::id)
                .isEqualTo(pages.stream().map(DossierListService.Row::id).sorted().toList());
        // a list kept open in a running period stays as of the day it was opened, though the clock moves on
        Query runningOverdue = new Query(t.province(), running, DossierListKind.OVERDUE, Filter.NONE);
        DossierListPages openToday = AsUser.call(AsUser.chair(), () -> list.open(runningOverdue, Sort.DAYS_LATE, false));
        List<DossierListService.Row> rowsToday = openToday.page(0, (int) openToday.count());
        clock.setToday(today.plusDays(20));
        assertThat(openToday.page(0, (int) openToday.count())).isEqualTo(rowsToday);
        assertThat(openToday.asOf()).isEqualTo(today);
        DossierListPages reopened = AsUser.call(AsUser.chair(), () -> list.open(runningOverdue, Sort.DAYS_LATE, false));
        assertThat(reopened.count()).isEqualTo(overdueLater).isNotEqualTo(openToday.count());
        clock.setToday(today);

        // scope: a commune's leader cannot list the province nor another commune; sees their own
        UnitRef own = t.commune(0, 0);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(own), () -> list.count(new Query(t.province(), y, DossierListKind.RECEIVED,
                Filter.NONE)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(own), () -> list.page(new Query(t.commune(1, 0), y, DossierListKind.RECEIVED,
                Filter.NONE), Sort.ID, true, 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(own), () -> list.open(new Query(t.commune(1, 0), y, DossierListKind.RECEIVED,
                Filter.NONE), Sort.ID, true))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(AsUser.leaderOf(own), () -> list.count(new Query(own, y, DossierListKind.RECEIVED, Filter.NONE))))
                .isEqualTo(AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(own), y).current().received()));
    }
}
