package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changes a plan: the plan itself, its areas, its tasks and their status, and the Excel import. SECRETARIAT
 * and ADMIN keep plans and tasks ({@link RoleRules#KEEPS_RECORDS}); a UNIT_LEADER updates only the status of the tasks
 * its unit (or a unit below it) leads. Every change of a task is written to its history; a save based on an older
 * version is refused with {@link ConcurrentEditException}. The rules are in {@link PlanValidation}.
 */
@Service
@Transactional(readOnly = true)
public class PlanCommands {

    private final ReformPlanRepository plans;
    private final PlanTaskRepository tasks;
    private final PlanFigures figures;
    private final PlanExcel excel;
    private final PlanValidation validation;
    private final PlanAccess access;
    private final UnitService units;
    private final CurrentUserService currentUser;
    private final ReportingClock clock;

    PlanCommands(ReformPlanRepository plans, PlanTaskRepository tasks, PlanFigures figures, PlanExcel excel, PlanValidation validation,
                 PlanAccess access, UnitService units, CurrentUserService currentUser, ReportingClock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.figures = figures;
        this.excel = excel;
        this.validation = validation;
        this.access = access;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public PlanRef createPlan(long unitId, int year, String number, @Nullable LocalDate issuedOn, String title) {
        units.requireReadable(unitId);
        PlanValidation.checkPlanFields(year, number, issuedOn, title);
        if (plans.findByUnitIdAndYear(unitId, year).isPresent()) {
            throw new UserFacingException("plans.error.plan-exists", String.valueOf(year));
        }
        return plans.saveAndFlush(new ReformPlan(unitId, year, number.trim(), issuedOn, title.trim(), currentUser.require().username(),
                now())).toRef();
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public PlanRef updatePlan(long planId, long expectedVersion, String number, @Nullable LocalDate issuedOn, String title) {
        ReformPlan plan = access.readablePlan(planId);
        if (plan.getVersion() != expectedVersion) {
            throw conflict();
        }
        PlanValidation.checkPlanFields(plan.getYear(), number, issuedOn, title);
        plan.describe(number.trim(), issuedOn, title.trim());
        try {
            return plans.saveAndFlush(plan).toRef();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public Area createArea(String code, String name, @Nullable String nameEn) {
        if (code == null || !code.trim().matches("[A-Z0-9_]{1,32}")) {
            throw UserFacingException.onField("code", "plans.error.area-code");
        }
        if (name == null || name.isBlank()) {
            throw UserFacingException.onField("name", "plans.error.area-name");
        }
        if (figures.areas(false).stream().anyMatch(a -> a.code().equals(code.trim()))) {
            throw UserFacingException.onField("code", "plans.error.area-exists", code.trim());
        }
        int sort = figures.areas(false).stream().mapToInt(Area::sortOrder).max().orElse(0) + 1;
        long id = figures.insertArea(code.trim(), name.trim(), nameEn == null ? null : nameEn.trim(), sort);
        return figures.areas(false).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public void updateArea(long id, long expectedVersion, String name, @Nullable String nameEn, boolean active) {
        if (name == null || name.isBlank()) {
            throw UserFacingException.onField("name", "plans.error.area-name");
        }
        if (!figures.updateArea(id, expectedVersion, name.trim(), nameEn == null ? null : nameEn.trim(), active)) {
            throw conflict();
        }
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public TaskRow addTask(long planId, TaskDraft draft) {
        ReformPlan plan = access.readablePlan(planId);
        UnitRef planUnit = units.get(plan.getUnitId());
        Set<String> numbers = new HashSet<>(tasks.numbersOf(planId));
        PlanTask task = validation.newTask(plan, planUnit, draft, numbers, tasks.maxSortKey(planId) + 1);
        tasks.saveAndFlush(task);
        CurrentUser user = currentUser.require();
        figures.recordChanges(task.getId(), user.username(), user.displayName(),
                List.of(new FieldChange("created", null, task.getNumber() + ". " + task.getTitle())), "");
        return figures.task(task.getId(), clock.today());
    }

    /**
     * Saves a task as the caller edited it, if nobody saved it since the caller loaded {@code expectedVersion}.
     * A leader may change only the status fields of a task its unit leads; a change of the task itself by a
     * leader is refused. Each changed field goes to the history with the comment.
     */
    @Transactional
    public TaskRow updateTask(long taskId, long expectedVersion, TaskDraft draft, StatusDraft status, String comment) {
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new NoSuchElementException("no task " + taskId));
        TaskRow before = figures.task(taskId, clock.today());
        access.requireTaskReadable(before);
        if (!access.canUpdateStatus(before)) {
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
                || !Objects.equals(PlanValidation.blankToNull(draft.expectedOutput()), task.getExpectedOutput())
                || !Objects.equals(draft.targetCount(), task.getTargetCount())
                || !new HashSet<>(draft.supportUnitIds()).equals(new HashSet<>(task.getSupportUnitIds()));
        if (definitionChanged) {
            if (!access.canKeepPlans()) {
                throw new AccessDeniedException("only the secretariat changes a task's definition");
            }
            String number = draft.number().trim();
            if (!number.equals(task.getNumber())) {
                if (number.isEmpty() || tasks.numbersOf(plan.getId()).contains(number)) {
                    throw UserFacingException.onField("number", number.isEmpty() ? "plans.error.number-empty" : "plans.error.number-duplicate", number);
                }
                PlanValidation.checkNumberLength(number);
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
            validation.applyDraft(task, plan, planUnit, draft);
            PlanValidation.diff(changes, "title", oldTitle, task.getTitle());
            if (oldArea != task.getAreaId()) {
                PlanValidation.diff(changes, "area", before.area().code(), areaCode(task.getAreaId()));
            }
            if (oldLead != task.getLeadUnitId()) {
                PlanValidation.diff(changes, "lead", before.leadCode(), figures.unitCode(task.getLeadUnitId()));
            }
            PlanValidation.diff(changes, "deadline", PlanValidation.str(oldDeadline), PlanValidation.str(task.getDeadline()));
            PlanValidation.diff(changes, "expectedOutput", oldOutput, task.getExpectedOutput());
            PlanValidation.diff(changes, "target", PlanValidation.str(oldTarget), PlanValidation.str(task.getTargetCount()));
            String newSupport = task.getSupportUnitIds().isEmpty() ? null
                    : task.getSupportUnitIds().stream().map(figures::unitCode).sorted().collect(Collectors.joining(", "));
            PlanValidation.diff(changes, "support", oldSupport, newSupport);
        }
        validation.applyStatus(task, plan, status, changes);
        if (changes.isEmpty()) {
            if (comment != null && !comment.isBlank()) {
                changes.add(new FieldChange("comment", null, null));
            } else {
                return before;
            }
        }
        CurrentUser user = currentUser.require();
        task.touched(user.username(), now());
        try {
            tasks.saveAndFlush(task);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
        figures.recordChanges(taskId, user.username(), user.displayName(), changes, comment == null ? "" : comment.trim());
        return figures.task(taskId, clock.today());
    }

    /** Only the status part: what a leader does. */
    @Transactional
    public TaskRow updateStatus(long taskId, long expectedVersion, StatusDraft status, String comment) {
        TaskRow t = figures.task(taskId, clock.today());
        access.requireTaskReadable(t);
        return updateTask(taskId, expectedVersion, access.draftOf(t), status, comment);
    }

    /**
     * Reopens a task that was done (the secretariat only): it is in progress again from {@code effectiveOn}
     * (today when null), for the reason given. Figures at dates before then still count it done.
     */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public TaskRow reopenTask(long taskId, long expectedVersion, String reason, @Nullable LocalDate effectiveOn) {
        TaskRow t = figures.task(taskId, clock.today());
        access.requireTaskReadable(t);
        if (t.status() != TaskStatus.DONE) {
            throw UserFacingException.onField("status", "plans.error.reopen-not-done");
        }
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.onField("reason", "plans.error.reopen-reason");
        }
        return updateTask(taskId, expectedVersion, access.draftOf(t), new StatusDraft(TaskStatus.IN_PROGRESS,
                effectiveOn == null ? clock.today() : effectiveOn, null, reason, t.achievedCount()), reason);
    }

    /** Adds the tasks of an Excel file to the plan: all of them, or none with every error by row. Returns how many. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public int importTasks(long planId, byte[] file, Locale locale) {
        ReformPlan plan = access.readablePlan(planId);
        UnitRef planUnit = units.get(plan.getUnitId());
        Period year = Period.year(plan.getYear());
        List<PlanTask> parsed = excel.read(file, locale, plan, planUnit, units.subtree(planUnit.id(), year), figures.areasOfYear(plan.getYear()),
                code -> units.findByCode(code, year), new HashSet<>(tasks.numbersOf(planId)), tasks.maxSortKey(planId) + 1);
        tasks.saveAllAndFlush(parsed);
        CurrentUser user = currentUser.require();
        for (PlanTask t : parsed) {
            figures.recordChanges(t.getId(), user.username(), user.displayName(),
                    List.of(new FieldChange("created", null, t.getNumber() + ". " + t.getTitle())), "Excel");
        }
        return parsed.size();
    }

    private String areaCode(long areaId) {
        return figures.areas(false).stream().filter(a -> a.id() == areaId).map(Area::code).findFirst().orElse("?");
    }

    /** Someone saved the record since the caller loaded it; the time is now, the author unknown. */
    private ConcurrentEditException conflict() {
        return new ConcurrentEditException("?", now());
    }

    private java.time.OffsetDateTime now() {
        return clock.instant().atZone(ReportingClock.ZONE).toOffsetDateTime();
    }
}
