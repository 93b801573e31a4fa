package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a plan, a task and a task's status must keep, checked before anything is written. Each refusal is a
 * {@link UserFacingException} naming the field of the form it belongs to ({@code number}, {@code deadline},
 * {@code statusDate}, …) so that the dialog shows it there; the Excel import turns the same refusal into a cell's error.
 */
@Component
class PlanValidation {

    private final PlanFigures figures;
    private final PlanAccess access;
    private final CurrentUserService currentUser;
    private final ReportingClock clock;

    PlanValidation(PlanFigures figures, PlanAccess access, CurrentUserService currentUser, ReportingClock clock) {
        this.figures = figures;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static void checkPlanFields(int year, String number, @Nullable LocalDate issuedOn, String title) {
        if (number == null || number.isBlank()) {
            throw UserFacingException.onField("number", "plans.error.number-empty");
        }
        if (number.trim().length() > 100) {
            throw UserFacingException.onField("number", "plans.error.plan-number-long");
        }
        if (title == null || title.isBlank()) {
            throw UserFacingException.onField("title", "plans.error.plan-title-empty");
        }
        if (title.trim().length() > 500) {
            throw UserFacingException.onField("title", "plans.error.plan-title-long");
        }
        if (issuedOn == null || issuedOn.getYear() < year - 1 || issuedOn.getYear() > year) {
            throw UserFacingException.onField("issuedOn", "plans.error.issued-on", String.valueOf(year - 1), String.valueOf(year));
        }
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
        checkNumberLength(number);
        if (numbers.contains(number)) {
            throw UserFacingException.onField("number", "plans.error.number-duplicate", number);
        }
        PlanTask task = new PlanTask(plan.getId(), number, sortKey, currentUser.require().username(), now());
        applyDraft(task, plan, planUnit, draft);
        numbers.add(number);
        return task;
    }

    /** The number fits its column (20 characters). */
    static void checkNumberLength(String number) {
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw UserFacingException.onField("number", "plans.error.number-long");
        }
    }

    static final int MAX_NUMBER_LENGTH = 20;

    void applyDraft(PlanTask task, ReformPlan plan, UnitRef planUnit, TaskDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw UserFacingException.onField("title", "plans.error.title-empty");
        }
        if (draft.deadline() == null || draft.deadline().getYear() != plan.getYear()) {
            throw UserFacingException.onField("deadline", "plans.error.deadline-year", String.valueOf(plan.getYear()));
        }
        if (figures.areas(false).stream().noneMatch(a -> a.id() == draft.areaId())) {
            throw UserFacingException.onField("areaId", "plans.error.area-unknown");
        }
        String leadPath = figures.unitPathOrNull(draft.leadUnitId());
        if (leadPath == null || !leadPath.startsWith(planUnit.path())) {
            throw UserFacingException.onField("leadUnitId", "plans.error.lead-outside");
        }
        if (draft.targetCount() != null && draft.targetCount() <= 0) {
            throw UserFacingException.onField("targetCount", "plans.error.target");
        }
        for (Long support : draft.supportUnitIds()) {
            if (figures.unitPathOrNull(support) == null) {
                throw UserFacingException.onField("supportUnitIds", "plans.error.unit-unknown", String.valueOf(support));
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

    void applyStatus(PlanTask task, ReformPlan plan, StatusDraft s, List<FieldChange> changes) {
        LocalDate today = clock.today();
        boolean reopening = task.getStatus() == TaskStatus.DONE && s.status() != TaskStatus.DONE;
        LocalDate date = s.statusDate();
        String evidence = blankToNull(s.evidence());
        String reason = blankToNull(s.reason());
        switch (s.status()) {
            case DONE -> {
                if (date == null) {
                    throw UserFacingException.onField("statusDate", "plans.error.done-date");
                }
                if (evidence == null) {
                    throw UserFacingException.onField("evidence", "plans.error.evidence");
                }
                reason = null;
            }
            case POSTPONED, CANCELLED -> {
                if (reason == null) {
                    throw UserFacingException.onField("reason", "plans.error.reason");
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
                    if (!access.canKeepPlans()) {
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
        if (reopening && s.status().needsReason() && !access.canKeepPlans()) {
            throw UserFacingException.onField("status", "plans.error.reopen-secretariat");
        }
        // events follow each other in time: a new status cannot take effect before the one in force
        LocalDate since = figures.latestEventDate(task.getId());
        if (date != null && since != null && date.isBefore(since) && s.status() != task.getStatus()) {
            throw UserFacingException.onField("statusDate", "plans.error.status-before-current", java.sql.Date.valueOf(since));
        }
        if (date != null && (date.isAfter(today) || date.getYear() < plan.getYear())) {
            throw UserFacingException.onField("statusDate", "plans.error.status-date", String.valueOf(plan.getYear()));
        }
        if (s.achievedCount() != null && s.achievedCount() < 0) {
            throw UserFacingException.onField("achievedCount", "plans.error.achieved");
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

    private java.time.OffsetDateTime now() {
        return clock.instant().atZone(ReportingClock.ZONE).toOffsetDateTime();
    }

    static void diff(List<FieldChange> changes, String field, @Nullable String oldValue, @Nullable String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, oldValue, newValue));
        }
    }

    static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
