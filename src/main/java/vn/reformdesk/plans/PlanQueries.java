package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a plan shows: plans, their progress, tasks, drill-down, history and the Excel export. Reads are limited to
 * plans of units the caller may see (a leader also sees the tasks its unit leads in a plan above it). Progress is
 * always "as of" a date (see {@link PlanFigures} for the definitions): for a period, its last day, or today while
 * the period runs.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    /** "Due soon" looks this many days ahead of the as-of date. */
    public static final int DUE_SOON_DAYS = 30;

    private final ReformPlanRepository plans;
    private final PlanFigures figures;
    private final PlanExcel excel;
    private final PlanAccess access;
    private final UnitService units;
    private final ReportingClock clock;

    PlanQueries(ReformPlanRepository plans, PlanFigures figures, PlanExcel excel, PlanAccess access, UnitService units,
                ReportingClock clock) {
        this.plans = plans;
        this.figures = figures;
        this.excel = excel;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    /** The date a period's figures are taken at: its last day, or today while it runs. */
    public LocalDate asOf(Period period) {
        return clock.asOf(period);
    }

    public Optional<PlanRef> planOf(UnitRef unit, int year) {
        units.requireReadable(unit);
        return plans.findByUnitIdAndYear(unit.id(), year).map(ReformPlan::toRef);
    }

    /**
     * The combined progress of the plans of a unit's predecessors in a year before the unit existed (the 2025
     * reorganisation): their tasks counted together, as of {@code asOf}. Their figures count as the unit's own, so
     * the check is on the unit; empty when none of them had a plan that year.
     */
    public Optional<Progress> predecessorsProgress(UnitRef unit, List<UnitRef> predecessors, int year, LocalDate asOf) {
        units.requireReadable(unit);
        List<Long> ids = predecessors.stream().flatMap(u -> plans.findByUnitIdAndYear(u.id(), year).stream()).map(ReformPlan::getId).toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return figures.progress(ids, asOf).values().stream().reduce((a, b) -> new Progress(a.done() + b.done(), a.total() + b.total(),
                a.overdue() + b.overdue(), a.dueSoon() + b.dueSoon(), a.asOf()));
    }

    public PlanRef plan(long planId) {
        return access.readablePlan(planId).toRef();
    }

    public boolean canKeepPlans() {
        return access.canKeepPlans();
    }

    public Progress progress(long planId, LocalDate asOf) {
        plan(planId);
        return figures.progress(List.of(planId), asOf).get(planId);
    }

    public Progress progress(long planId, Period period) {
        return progress(planId, clock.asOf(period));
    }

    public List<AreaProgress> byArea(long planId, LocalDate asOf) {
        plan(planId);
        return figures.byArea(planId, asOf);
    }

    public BurnUp burnUp(long planId, LocalDate asOf) {
        PlanRef plan = plan(planId);
        long total = figures.progress(List.of(planId), asOf).get(planId).total();
        LocalDate start = LocalDate.of(plan.year(), 1, 1);
        LocalDate end = LocalDate.of(plan.year(), 12, 31);
        long daysInYear = ChronoUnit.DAYS.between(start, end) + 1;
        List<YearMonth> months = new ArrayList<>();
        List<@Nullable Long> done = new ArrayList<>();
        List<Double> line = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(plan.year(), m);
            LocalDate monthEnd = month.atEndOfMonth();
            months.add(month);
            line.add(Math.round(total * (double) (ChronoUnit.DAYS.between(start, monthEnd) + 1) / daysInYear * 10) / 10.0);
            if (YearMonth.from(asOf).isBefore(month)) {
                done.add(null);
            } else {
                // each month's point is that month's own cut-off, read from the status events in force then
                LocalDate cut = monthEnd.isAfter(asOf) ? asOf : monthEnd;
                done.add(figures.progress(List.of(planId), cut).get(planId).done());
            }
        }
        long doneAsOf = figures.progress(List.of(planId), asOf).get(planId).done();
        long forecast;
        if (!asOf.isBefore(end)) {
            forecast = doneAsOf;
        } else if (asOf.isBefore(start)) {
            forecast = 0;
        } else {
            long elapsed = ChronoUnit.DAYS.between(start, asOf) + 1;
            forecast = Math.min(total, Math.round(doneAsOf * (double) daysInYear / elapsed));
        }
        return new BurnUp(months, done, line, total, doneAsOf, forecast, asOf);
    }

    public List<TaskRow> tasks(long planId, LocalDate asOf, int offset, int limit) {
        plan(planId);
        return figures.tasks(planId, asOf, offset, limit);
    }

    /** The tasks behind a figure of the plan: those the filter keeps as of the date, overdue first. */
    public List<TaskRow> tasks(long planId, LocalDate asOf, TaskFilter filter, int offset, int limit) {
        plan(planId);
        return figures.tasks(planId, asOf, filter, offset, limit);
    }

    /** How many tasks the filter keeps as of the date: the figure the list was opened from. */
    public int countTasks(long planId, LocalDate asOf, TaskFilter filter) {
        plan(planId);
        return figures.countTasks(planId, asOf, filter);
    }

    /**
     * The tasks behind the drill-down totals: those of the plans of the unit's children in the period's year
     * (the plans {@link #drillDown} sums) that the filter keeps as of the period's date.
     */
    public List<TaskRow> drillDownTasks(UnitRef unit, Period period, TaskFilter filter, int offset, int limit) {
        return figures.tasksOfPlans(childPlanIds(unit, period), clock.asOf(period), filter, offset, limit);
    }

    public int countDrillDownTasks(UnitRef unit, Period period, TaskFilter filter) {
        return figures.countTasksOfPlans(childPlanIds(unit, period), clock.asOf(period), filter);
    }

    private List<Long> childPlanIds(UnitRef unit, Period period) {
        units.requireReadable(unit);
        List<UnitRef> children = units.children(unit.id(), period);
        return plans.findByUnitIdInAndYear(children.stream().map(UnitRef::id).toList(), period.year()).stream()
                .map(ReformPlan::getId).toList();
    }

    public int countTasks(long planId) {
        plan(planId);
        return figures.countTasks(planId);
    }

    public List<TaskRow> dueSoon(long planId, LocalDate asOf, int limit) {
        plan(planId);
        return figures.dueSoon(planId, asOf, limit);
    }

    /** The children of a unit with their plans of the period's year, ranked; "no plan" rows come last, unranked. */
    public DrillDown drillDown(UnitRef unit, Period period) {
        List<UnitRef> children = units.children(unit.id(), period);
        LocalDate asOf = clock.asOf(period);
        Map<Long, ReformPlan> byUnit = plans.findByUnitIdInAndYear(children.stream().map(UnitRef::id).toList(), period.year())
                .stream().collect(Collectors.toMap(ReformPlan::getUnitId, Function.identity()));
        Map<Long, Progress> progress = figures.progress(byUnit.values().stream().map(ReformPlan::getId).toList(), asOf);
        List<DrillRow> rows = new ArrayList<>();
        for (UnitRef child : children) {
            ReformPlan plan = byUnit.get(child.id());
            rows.add(plan == null ? new DrillRow(child, null, null, null)
                    : new DrillRow(child, plan.toRef(), progress.get(plan.getId()), null));
        }
        Comparator<DrillRow> byPercent = Comparator.comparing((DrillRow r) -> r.percent() == null ? -1.0 : r.percent()).reversed();
        rows.sort(Comparator.comparing((DrillRow r) -> !r.hasPlan()).thenComparing(byPercent)
                .thenComparing(r -> r.unit().code()));
        List<DrillRow> ranked = new ArrayList<>();
        int rank = 0;
        int position = 0;
        Double previous = null;
        for (DrillRow r : rows) {
            if (!r.hasPlan()) {
                ranked.add(r);
                continue;
            }
            position++;
            if (previous == null || !Objects.equals(previous, r.percent())) {
                rank = position;
            }
            previous = r.percent();
            ranked.add(new DrillRow(r.unit(), r.plan(), r.progress(), rank));
        }
        long done = 0, total = 0, overdue = 0;
        for (Progress p : progress.values()) {
            done += p.done();
            total += p.total();
            overdue += p.overdue();
        }
        return new DrillDown(List.copyOf(ranked), done, total, overdue, byUnit.size(), children.size() - byUnit.size());
    }

    /** Plan completion (percent) of each readable unit's own plan in the period's year; units without a plan are left out. */
    public Map<Long, Double> completion(Collection<UnitRef> candidates, Period period) {
        List<UnitRef> readable = candidates.stream().filter(units::canRead).toList();
        Map<Long, ReformPlan> byUnit = plans.findByUnitIdInAndYear(readable.stream().map(UnitRef::id).toList(), period.year())
                .stream().collect(Collectors.toMap(ReformPlan::getUnitId, Function.identity()));
        Map<Long, Progress> progress = figures.progress(byUnit.values().stream().map(ReformPlan::getId).toList(), clock.asOf(period));
        Map<Long, Double> values = new java.util.LinkedHashMap<>();
        byUnit.forEach((unitId, plan) -> {
            Double percent = progress.get(plan.getId()).percent();
            if (percent != null) {
                values.put(unitId, percent);
            }
        });
        return values;
    }

    public TaskRow task(long taskId, LocalDate asOf) {
        TaskRow row = figures.task(taskId, asOf);
        access.requireTaskReadable(row);
        return row;
    }

    /**
     * The tasks a unit leads in any plan of the year, its own or a plan of a unit above it: what its leader sees and
     * updates, without seeing the rest of those plans. Only for a unit the caller may read.
     */
    public List<LedTask> tasksLedBy(UnitRef unit, int year, LocalDate asOf) {
        units.requireReadable(unit);
        List<TaskRow> rows = figures.ledBy(unit.id(), year, asOf);
        Map<Long, ReformPlan> byId = plans.findAllById(rows.stream().map(TaskRow::planId).distinct().toList()).stream()
                .collect(Collectors.toMap(ReformPlan::getId, Function.identity()));
        return rows.stream().map(t -> {
            ReformPlan p = byId.get(t.planId());
            return new LedTask(t, p.toRef(), figures.unitCode(p.getUnitId()));
        }).toList();
    }

    /** The plan a readable task belongs to (its number and year), even when the plan's unit is above the caller's scope. */
    public PlanRef planOfTask(long taskId) {
        TaskRow row = figures.task(taskId, LocalDate.EPOCH); // the date only sets the overdue flag, unused here
        access.requireTaskReadable(row);
        return plans.findById(row.planId()).map(ReformPlan::toRef).orElseThrow();
    }

    public List<Change> history(long taskId) {
        access.requireTaskReadable(figures.task(taskId, clock.today()));
        return figures.history(taskId);
    }

    /** True when the caller may report the status of the task: keepers of plans, or a leader of its lead unit. */
    public boolean canUpdateStatus(TaskRow task) {
        return access.canUpdateStatus(task);
    }

    public List<Area> areas() {
        return figures.areas(true);
    }

    /** The active areas that serve the plans of a year (see {@link PlanAreaService}). */
    public List<Area> areas(int year) {
        return figures.areasOfYear(year);
    }

    public List<Area> allAreas() {
        return figures.areas(false);
    }

    /** The status events of a task, latest first: what its figures at any date are read from. */
    public List<StatusEvent> statusEvents(long taskId) {
        access.requireTaskReadable(figures.task(taskId, clock.today()));
        return figures.statusEvents(taskId);
    }

    public TaskDraft draftOf(TaskRow t) {
        return access.draftOf(t);
    }

    public byte[] exportTasks(long planId, LocalDate asOf, Locale locale) {
        PlanRef plan = plan(planId);
        UnitRef unit = units.get(plan.unitId());
        return excel.write(plan, unit, figures.tasks(planId, asOf, 0, Integer.MAX_VALUE), asOf, locale);
    }
}
