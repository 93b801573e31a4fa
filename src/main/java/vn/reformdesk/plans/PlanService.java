package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reform plans and their tasks. Reads are limited to plans of units the caller may see; SECRETARIAT and
 * ADMIN keep plans and tasks; a UNIT_LEADER updates the status of the tasks its unit (or a unit below it)
 * leads, and nothing else; CHAIR reads. Every change of a task is written to its history. Progress is
 * always "as of" a date (see {@link PlanFigures} for the definitions): for a period, its last day, or
 * today while the period runs.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** "Due soon" looks this many days ahead of the as-of date. */
    public static final int DUE_SOON_DAYS = 30;

    public record PlanRef(long id, long unitId, int year, String number, LocalDate issuedOn, String title, long version) {
    }

    public record Area(long id, String code, String name, @Nullable String nameEn, int sortOrder, boolean active, long version) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    /** Tasks done and counted (cancelled ones are not) at {@code asOf}; percent is {@link Formats#share}. */
    public record Progress(long done, long total, long overdue, long dueSoon, LocalDate asOf) {
        public @Nullable Double percent() {
            return Formats.share(done, total);
        }
    }

    public record AreaProgress(long areaId, String code, String name, @Nullable String nameEn, long done, long total, long overdue) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }

        public @Nullable Double percent() {
            return Formats.share(done, total);
        }
    }

    /**
     * Completions month by month against the straight line from 0 on 1 January to every task on 31 December,
     * and the year-end forecast at the pace so far (done ÷ days elapsed × days of the year, at most all tasks).
     *
     * @param done cumulative tasks done at each month's end; null for months after the as-of date
     */
    public record BurnUp(List<YearMonth> months, List<@Nullable Long> done, List<Double> line, long total, long doneAsOf,
                         long forecast, LocalDate asOf) {
        public @Nullable Double forecastPercent() {
            return Formats.share(forecast, total);
        }
    }

    /**
     * A task with its current state ({@code status}, {@code statusDate}, …) and its state at the as-of date it was
     * read for: {@code overdue}, {@code done} and {@code doneOn}, the completion in force then (null when not done).
     */
    public record TaskRow(long id, long planId, String number, String title, Area area, long leadUnitId, String leadCode,
                          String leadName, @Nullable String leadNameEn, List<String> supportCodes, LocalDate deadline,
                          @Nullable String expectedOutput, @Nullable Integer targetCount, @Nullable Integer achievedCount,
                          TaskStatus status, @Nullable LocalDate statusDate, @Nullable String evidence, @Nullable String reason,
                          OffsetDateTime updatedAt, String updatedBy, long version, boolean overdue, boolean done,
                          @Nullable LocalDate doneOn, @Nullable String doneEvidence, @Nullable String doneBy) {
        public String leadLabel(Locale locale) {
            return "en".equals(locale.getLanguage()) && leadNameEn != null && !leadNameEn.isBlank() ? leadNameEn : leadName;
        }
    }

    /** What the secretariat writes about a task. An empty number is given the next free number. */
    public record TaskDraft(String number, String title, long areaId, long leadUnitId, List<Long> supportUnitIds,
                            @Nullable LocalDate deadline, @Nullable String expectedOutput, @Nullable Integer targetCount) {
    }

    /** What the lead unit reports: status, its date (completion or decision), evidence or reason, count achieved. */
    public record StatusDraft(TaskStatus status, @Nullable LocalDate statusDate, @Nullable String evidence,
                              @Nullable String reason, @Nullable Integer achievedCount) {
    }

    /**
     * One status event of a task: the status, the day it took effect, its evidence or reason, who recorded it
     * and when. A superseded event was corrected by a later one and no longer counts.
     */
    public record StatusEvent(TaskStatus status, LocalDate effectiveOn, @Nullable String evidence, @Nullable String reason,
                              OffsetDateTime recordedAt, String recordedBy, @Nullable String recordedByName, boolean superseded) {
    }

    public record Change(OffsetDateTime at, String by, String byName, String field, @Nullable String oldValue,
                         @Nullable String newValue, @Nullable String comment) {
    }

    record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
    }

    /** One child unit in the drill-down: its plan's figures, or no plan at all (never shown as 0%). */
    public record DrillRow(UnitRef unit, @Nullable PlanRef plan, @Nullable Progress progress, @Nullable Integer rank) {
        public boolean hasPlan() {
            return plan != null;
        }

        public @Nullable Double percent() {
            return progress == null ? null : progress.percent();
        }
    }

    /** The children of a unit, ranked by completion (units with a plan first), and their totals. */
    public record DrillDown(List<DrillRow> rows, long done, long total, long overdue, int withPlan, int withoutPlan) {
        public @Nullable Double percent() {
            return Formats.share(done, total);
        }
    }

    private final ReformPlanRepository plans;
    private final PlanTaskRepository tasks;
    private final PlanFigures figures;
    private final PlanExcel excel;
    private final UnitService units;
    private final CurrentUserService currentUser;
    private final ReportingClock clock;

    PlanService(ReformPlanRepository plans, PlanTaskRepository tasks, PlanFigures figures, PlanExcel excel, UnitService units,
                CurrentUserService currentUser, ReportingClock clock) {
        this.clock = clock;
        this.plans = plans;
        this.tasks = tasks;
        this.figures = figures;
        this.excel = excel;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** The date a period's figures are taken at: its last day, or today while it runs. */
    public static LocalDate asOf(Period period) {
        LocalDate today = LocalDate.now(ZONE);
        return period.end().isBefore(today) ? period.end() : today;
    }

    // ---- plans ----

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
        ReformPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        units.requireReadable(plan.getUnitId());
        return plan.toRef();
    }

    public boolean canKeepPlans() {
        CurrentUser user = currentUser.require();
        return user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ADMIN);
    }

    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public PlanRef createPlan(long unitId, int year, String number, @Nullable LocalDate issuedOn, String title) {
        units.requireReadable(unitId);
        checkPlanFields(year, number, issuedOn, title);
        if (plans.findByUnitIdAndYear(unitId, year).isPresent()) {
            throw new PlanRejectedException("plans.error.plan-exists", String.valueOf(year));
        }
        return plans.saveAndFlush(new ReformPlan(unitId, year, number.trim(), issuedOn, title.trim(), currentUser.require().username()))
                .toRef();
    }

    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public PlanRef updatePlan(long planId, long expectedVersion, String number, @Nullable LocalDate issuedOn, String title) {
        ReformPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        units.requireReadable(plan.getUnitId());
        if (plan.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("?", OffsetDateTime.now(ZONE));
        }
        checkPlanFields(plan.getYear(), number, issuedOn, title);
        plan.describe(number.trim(), issuedOn, title.trim());
        try {
            return plans.saveAndFlush(plan).toRef();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("?", OffsetDateTime.now(ZONE));
        }
    }

    private static void checkPlanFields(int year, String number, @Nullable LocalDate issuedOn, String title) {
        if (number == null || number.isBlank()) {
            throw new PlanRejectedException("plans.error.number-empty");
        }
        if (title == null || title.isBlank()) {
            throw new PlanRejectedException("plans.error.title-empty");
        }
        if (issuedOn == null || issuedOn.getYear() < year - 1 || issuedOn.getYear() > year) {
            throw new PlanRejectedException("plans.error.issued-on", String.valueOf(year - 1), String.valueOf(year));
        }
    }

    // ---- figures ----

    public Progress progress(long planId, LocalDate asOf) {
        plan(planId);
        return figures.progress(List.of(planId), asOf).get(planId);
    }

    public Progress progress(long planId, Period period) {
        return progress(planId, asOf(period));
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
        return figures.tasksOfPlans(childPlanIds(unit, period), asOf(period), filter, offset, limit);
    }

    public int countDrillDownTasks(UnitRef unit, Period period, TaskFilter filter) {
        return figures.countTasksOfPlans(childPlanIds(unit, period), asOf(period), filter);
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
        LocalDate asOf = asOf(period);
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
        Map<Long, Progress> progress = figures.progress(byUnit.values().stream().map(ReformPlan::getId).toList(), asOf(period));
        Map<Long, Double> values = new java.util.LinkedHashMap<>();
        byUnit.forEach((unitId, plan) -> {
            Double percent = progress.get(plan.getId()).percent();
            if (percent != null) {
                values.put(unitId, percent);
            }
        });
        return values;
    }

    // ---- tasks ----

    public TaskRow task(long taskId, LocalDate asOf) {
        TaskRow row = figures.task(taskId, asOf);
        requireTaskReadable(row);
        return row;
    }

    /** A task the unit leads, with the plan it belongs to (the unit's own plan or the plan of a unit above it). */
    public record LedTask(TaskRow task, PlanRef plan, String planUnitCode) {
        public boolean inOwnPlan() {
            return plan.unitId() == task.leadUnitId();
        }
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
        requireTaskReadable(row);
        return plans.findById(row.planId()).map(ReformPlan::toRef).orElseThrow();
    }

    public List<Change> history(long taskId) {
        requireTaskReadable(figures.task(taskId, LocalDate.now(ZONE)));
        return figures.history(taskId);
    }

    /** True when the caller may report the status of the task: keepers of plans, or a leader of its lead unit. */
    public boolean canUpdateStatus(TaskRow task) {
        CurrentUser user = currentUser.require();
        if (user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (!user.hasRole(Roles.UNIT_LEADER)) {
            return false;
        }
        return units.scopeRoot().map(root -> figures.unitPath(task.leadUnitId()).startsWith(root.path())).orElse(false);
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

    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public Area createArea(String code, String name, @Nullable String nameEn) {
        if (code == null || !code.trim().matches("[A-Z0-9_]{1,32}")) {
            throw new PlanRejectedException("plans.error.area-code");
        }
        if (name == null || name.isBlank()) {
            throw new PlanRejectedException("plans.error.area-name");
        }
        if (figures.areas(false).stream().anyMatch(a -> a.code().equals(code.trim()))) {
            throw new PlanRejectedException("plans.error.area-exists", code.trim());
        }
        int sort = figures.areas(false).stream().mapToInt(Area::sortOrder).max().orElse(0) + 1;
        long id = figures.insertArea(code.trim(), name.trim(), nameEn == null ? null : nameEn.trim(), sort);
        return figures.areas(false).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public void updateArea(long id, long expectedVersion, String name, @Nullable String nameEn, boolean active) {
        if (name == null || name.isBlank()) {
            throw new PlanRejectedException("plans.error.area-name");
        }
        if (!figures.updateArea(id, expectedVersion, name.trim(), nameEn == null ? null : nameEn.trim(), active)) {
            throw new ConcurrentEditException("?", OffsetDateTime.now(ZONE));
        }
    }

    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public TaskRow addTask(long planId, TaskDraft draft) {
        ReformPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        UnitRef planUnit = units.get(plan.getUnitId());
        Set<String> numbers = new HashSet<>(tasks.numbersOf(planId));
        PlanTask task = newTask(plan, planUnit, draft, numbers, tasks.maxSortKey(planId) + 1);
        tasks.saveAndFlush(task);
        CurrentUser user = currentUser.require();
        figures.recordChanges(task.getId(), user.username(), user.displayName(),
                List.of(new FieldChange("created", null, task.getNumber() + ". " + task.getTitle())), "");
        return figures.task(task.getId(), LocalDate.now(ZONE));
    }

    /** Validates and builds a new task (not saved); {@code numbers} holds the numbers taken and gets the new one. */
    PlanTask newTask(ReformPlan plan, UnitRef planUnit, TaskDraft draft, Set<String> numbers, int sortKey) {
        String number = draft.number() == null ? "" : draft.number().trim();
        if (number.isEmpty()) {
            int n = numbers.size() + 1;
            while (numbers.contains(Integer.toString(n))) {
                n++;
            }
            number = Integer.toString(n);
        }
        if (numbers.contains(number)) {
            throw new PlanRejectedException("plans.error.number-duplicate", number);
        }
        PlanTask task = new PlanTask(plan.getId(), number, sortKey, currentUser.require().username());
        applyDraft(task, plan, planUnit, draft);
        numbers.add(number);
        return task;
    }

    private void applyDraft(PlanTask task, ReformPlan plan, UnitRef planUnit, TaskDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new PlanRejectedException("plans.error.title-empty");
        }
        if (draft.deadline() == null || draft.deadline().getYear() != plan.getYear()) {
            throw new PlanRejectedException("plans.error.deadline-year", String.valueOf(plan.getYear()));
        }
        if (figures.areas(false).stream().noneMatch(a -> a.id() == draft.areaId())) {
            throw new PlanRejectedException("plans.error.area-unknown");
        }
        String leadPath = figures.unitPathOrNull(draft.leadUnitId());
        if (leadPath == null || !leadPath.startsWith(planUnit.path())) {
            throw new PlanRejectedException("plans.error.lead-outside");
        }
        if (draft.targetCount() != null && draft.targetCount() <= 0) {
            throw new PlanRejectedException("plans.error.target");
        }
        for (Long support : draft.supportUnitIds()) {
            if (figures.unitPathOrNull(support) == null) {
                throw new PlanRejectedException("plans.error.unit-unknown", String.valueOf(support));
            }
        }
        task.setTitle(draft.title().trim());
        task.setDeadline(draft.deadline());
        task.setAreaId(draft.areaId());
        task.setLeadUnitId(draft.leadUnitId());
        task.setExpectedOutput(blankToNull(draft.expectedOutput()));
        task.setTargetCount(draft.targetCount());
        task.getSupportUnitIds().clear();
        task.getSupportUnitIds().addAll(new LinkedHashSet<>(draft.supportUnitIds()));
    }

    /**
     * Saves a task as the caller edited it, if nobody saved it since the caller loaded {@code expectedVersion}.
     * A leader may change only the status fields of a task its unit leads; a change of the task itself by a
     * leader is refused. Each changed field goes to the history with the comment.
     */
    @Transactional
    public TaskRow updateTask(long taskId, long expectedVersion, TaskDraft draft, StatusDraft status, String comment) {
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new NoSuchElementException("no task " + taskId));
        TaskRow before = figures.task(taskId, LocalDate.now(ZONE));
        requireTaskReadable(before);
        if (!canUpdateStatus(before)) {
            throw new AccessDeniedException("task " + taskId + " is not led by your unit");
        }
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(task.getUpdatedBy(), task.getUpdatedAt());
        }
        ReformPlan plan = plans.findById(task.getPlanId()).orElseThrow();
        List<FieldChange> changes = new ArrayList<>();
        boolean definitionChanged = !Objects.equals(draft.number().trim(), task.getNumber())
                || !Objects.equals(draft.title().trim(), task.getTitle()) || draft.areaId() != task.getAreaId()
                || draft.leadUnitId() != task.getLeadUnitId() || !Objects.equals(draft.deadline(), task.getDeadline())
                || !Objects.equals(blankToNull(draft.expectedOutput()), task.getExpectedOutput())
                || !Objects.equals(draft.targetCount(), task.getTargetCount())
                || !new HashSet<>(draft.supportUnitIds()).equals(new HashSet<>(task.getSupportUnitIds()));
        if (definitionChanged) {
            if (!canKeepPlans()) {
                throw new AccessDeniedException("only the secretariat changes a task's definition");
            }
            String number = draft.number().trim();
            if (!number.equals(task.getNumber())) {
                if (number.isEmpty() || tasks.numbersOf(plan.getId()).contains(number)) {
                    throw new PlanRejectedException(number.isEmpty() ? "plans.error.number-empty" : "plans.error.number-duplicate", number);
                }
                changes.add(new FieldChange("number", task.getNumber(), number));
                task.setNumber(number);
            }
            UnitRef planUnit = units.get(plan.getUnitId());
            String oldTitle = task.getTitle();
            long oldArea = task.getAreaId();
            long oldLead = task.getLeadUnitId();
            LocalDate oldDeadline = task.getDeadline();
            String oldOutput = task.getExpectedOutput();
            Integer oldTarget = task.getTargetCount();
            String oldSupport = before.supportCodes().isEmpty() ? null : String.join(", ", before.supportCodes());
            applyDraft(task, plan, planUnit, draft);
            diff(changes, "title", oldTitle, task.getTitle());
            if (oldArea != task.getAreaId()) {
                diff(changes, "area", before.area().code(), areaCode(task.getAreaId()));
            }
            if (oldLead != task.getLeadUnitId()) {
                diff(changes, "lead", before.leadCode(), figures.unitCode(task.getLeadUnitId()));
            }
            diff(changes, "deadline", str(oldDeadline), str(task.getDeadline()));
            diff(changes, "expectedOutput", oldOutput, task.getExpectedOutput());
            diff(changes, "target", str(oldTarget), str(task.getTargetCount()));
            String newSupport = task.getSupportUnitIds().isEmpty() ? null
                    : task.getSupportUnitIds().stream().map(figures::unitCode).sorted().collect(Collectors.joining(", "));
            diff(changes, "support", oldSupport, newSupport);
        }
        applyStatus(task, plan, status, changes);
        if (changes.isEmpty()) {
            if (comment != null && !comment.isBlank()) {
                changes.add(new FieldChange("comment", null, null));
            } else {
                return before;
            }
        }
        CurrentUser user = currentUser.require();
        task.touched(user.username());
        try {
            tasks.saveAndFlush(task);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("?", OffsetDateTime.now(ZONE));
        }
        figures.recordChanges(taskId, user.username(), user.displayName(), changes, comment == null ? "" : comment.trim());
        return figures.task(taskId, LocalDate.now(ZONE));
    }

    /** Only the status part: what a leader does. */
    @Transactional
    public TaskRow updateStatus(long taskId, long expectedVersion, StatusDraft status, String comment) {
        TaskRow t = figures.task(taskId, LocalDate.now(ZONE));
        requireTaskReadable(t);
        return updateTask(taskId, expectedVersion, draftOf(t), status, comment);
    }

    /**
     * Reopens a task that was done (the secretariat only): it is in progress again from {@code effectiveOn}
     * (today when null), for the reason given. Figures at dates before then still count it done.
     */
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public TaskRow reopenTask(long taskId, long expectedVersion, String reason, @Nullable LocalDate effectiveOn) {
        TaskRow t = figures.task(taskId, clock.today());
        requireTaskReadable(t);
        if (t.status() != TaskStatus.DONE) {
            throw UserFacingException.onField("status", "plans.error.reopen-not-done");
        }
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.onField("reason", "plans.error.reopen-reason");
        }
        return updateTask(taskId, expectedVersion, draftOf(t), new StatusDraft(TaskStatus.IN_PROGRESS,
                effectiveOn == null ? clock.today() : effectiveOn, null, reason, t.achievedCount()), reason);
    }

    /** The status events of a task, latest first: what its figures at any date are read from. */
    public List<StatusEvent> statusEvents(long taskId) {
        requireTaskReadable(figures.task(taskId, clock.today()));
        return figures.statusEvents(taskId);
    }

    public TaskDraft draftOf(TaskRow t) {
        return new TaskDraft(t.number(), t.title(), t.area().id(), t.leadUnitId(), figures.supportIds(t.id()), t.deadline(),
                t.expectedOutput(), t.targetCount());
    }

    private void applyStatus(PlanTask task, ReformPlan plan, StatusDraft s, List<FieldChange> changes) {
        LocalDate today = clock.today();
        boolean reopening = task.getStatus() == TaskStatus.DONE && s.status() != TaskStatus.DONE;
        LocalDate date = s.statusDate();
        String evidence = blankToNull(s.evidence());
        String reason = blankToNull(s.reason());
        switch (s.status()) {
            case DONE -> {
                if (date == null) {
                    throw new PlanRejectedException("plans.error.done-date");
                }
                if (evidence == null) {
                    throw new PlanRejectedException("plans.error.evidence");
                }
                reason = null;
            }
            case POSTPONED, CANCELLED -> {
                if (reason == null) {
                    throw new PlanRejectedException("plans.error.reason");
                }
                if (date == null) {
                    date = today.isAfter(LocalDate.of(plan.getYear(), 12, 31)) ? LocalDate.of(plan.getYear(), 12, 31) : today;
                }
                evidence = null;
            }
            default -> {
                // not started or in progress: the day it took effect; unchanged when the status stays
                if (s.status() == task.getStatus() && date == null) {
                    date = task.getStatusDate();
                } else if (date == null) {
                    date = today;
                }
                evidence = null;
                if (reopening) {
                    if (!canKeepPlans()) {
                        throw UserFacingException.onField("status", "plans.error.reopen-secretariat");
                    }
                    if (reason == null) {
                        throw UserFacingException.onField("reason", "plans.error.reopen-reason");
                    }
                } else if (s.status() != task.getStatus()) {
                    reason = null;
                } else {
                    reason = task.getReason();
                }
            }
        }
        if (reopening && s.status().needsReason() && !canKeepPlans()) {
            throw UserFacingException.onField("status", "plans.error.reopen-secretariat");
        }
        // events follow each other in time: a new status cannot take effect before the one in force
        LocalDate since = figures.latestEventDate(task.getId());
        if (date != null && since != null && date.isBefore(since) && s.status() != task.getStatus()) {
            throw UserFacingException.onField("statusDate", "plans.error.status-before-current", java.sql.Date.valueOf(since));
        }
        if (date != null && (date.isAfter(today) || date.getYear() < plan.getYear())) {
            throw new PlanRejectedException("plans.error.status-date", String.valueOf(plan.getYear()));
        }
        if (s.achievedCount() != null && s.achievedCount() < 0) {
            throw new PlanRejectedException("plans.error.achieved");
        }
        diff(changes, "status", task.getStatus().name(), s.status().name());
        diff(changes, "statusDate", str(task.getStatusDate()), str(date));
        diff(changes, "evidence", task.getEvidence(), evidence);
        diff(changes, "reason", task.getReason(), reason);
        diff(changes, "achieved", str(task.getAchievedCount()), str(s.achievedCount()));
        task.setStatus(s.status());
        task.setStatusDate(date);
        task.setEvidence(evidence);
        task.setReason(reason);
        task.setAchievedCount(s.achievedCount());
    }

    private String areaCode(long areaId) {
        return figures.areas(false).stream().filter(a -> a.id() == areaId).map(Area::code).findFirst().orElse("?");
    }

    private void requireTaskReadable(TaskRow task) {
        PlanRef plan = plans.findById(task.planId()).map(ReformPlan::toRef).orElseThrow();
        CurrentUser user = currentUser.require();
        if (user.seesEverything()) {
            return;
        }
        String root = units.scopeRoot().map(UnitRef::path).orElse("/");
        if (!figures.unitPath(plan.unitId()).startsWith(root) && !figures.unitPath(task.leadUnitId()).startsWith(root)) {
            throw new AccessDeniedException("task " + task.id() + " is outside your scope");
        }
    }

    // ---- Excel ----

    /** Adds the tasks of an Excel file to the plan: all of them, or none with every error by row. Returns how many. */
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    @Transactional
    public int importTasks(long planId, byte[] file, Locale locale) {
        ReformPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        UnitRef planUnit = units.get(plan.getUnitId());
        Period year = Period.year(plan.getYear());
        List<PlanTask> parsed = excel.read(file, locale, plan, planUnit, units.subtree(planUnit.id(), year), figures.areasOfYear(plan.getYear()),
                code -> units.findByCode(code, year), new HashSet<>(tasks.numbersOf(planId)), tasks.maxSortKey(planId) + 1, this);
        tasks.saveAllAndFlush(parsed);
        CurrentUser user = currentUser.require();
        for (PlanTask t : parsed) {
            figures.recordChanges(t.getId(), user.username(), user.displayName(),
                    List.of(new FieldChange("created", null, t.getNumber() + ". " + t.getTitle())), "Excel");
        }
        return parsed.size();
    }

    public byte[] exportTasks(long planId, LocalDate asOf, Locale locale) {
        PlanRef plan = plan(planId);
        UnitRef unit = units.get(plan.unitId());
        return excel.write(plan, unit, figures.tasks(planId, asOf, 0, Integer.MAX_VALUE), asOf, locale);
    }

    private static void diff(List<FieldChange> changes, String field, @Nullable String oldValue, @Nullable String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, oldValue, newValue));
        }
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
