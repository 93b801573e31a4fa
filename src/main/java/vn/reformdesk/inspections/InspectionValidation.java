package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules an inspection form must keep before anything is written: every problem at once, each naming its field
 * ({@code plannedDate}, {@code recommendations[2].deadline}, …), in one {@link InvalidInspectionException}.
 */
@Component
class InspectionValidation {

    /** The form's units resolved: the plan's unit, the inspected unit and each recommendation's responsible unit. */
    record Validated(long planUnit, long target, List<Long> responsible) {
    }

    private final UnitService units;
    private final InspectionQueries queries;

    InspectionValidation(UnitService units, InspectionQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    Validated validate(InspectionForm f, @Nullable InspectionDetail current) {
        List<InvalidInspectionException.Problem> p = new ArrayList<>();
        int year = f.planYear();
        Period planYear = null;
        if (year < 1990 || year > 2100) {
            p.add(new InvalidInspectionException.Problem("planYear", "year-invalid", year));
        } else {
            planYear = Period.year(year);
        }
        UnitRef planUnit = null;
        try {
            planUnit = units.get(f.planUnitId());
        } catch (NoSuchElementException e) {
            p.add(new InvalidInspectionException.Problem("planUnit", "unit-unknown", f.planUnitId()));
        }
        UnitRef target = null;
        if (f.targetCode() == null || f.targetCode().isBlank()) {
            p.add(new InvalidInspectionException.Problem("target", "target-required"));
        } else {
            target = findUnit(f.targetCode(), year).orElse(null);
            if (target == null) {
                p.add(new InvalidInspectionException.Problem("target", "unit-unknown", f.targetCode()));
            } else if (planUnit != null && !target.isWithin(planUnit)) {
                p.add(new InvalidInspectionException.Problem("target", "target-outside-plan", f.targetCode(), planUnit.name()));
            } else if (planYear != null && !target.validDuring(planYear)) {
                p.add(new InvalidInspectionException.Problem("target", "unit-not-valid", f.targetCode(), year));
            }
        }
        if (f.plannedMonth() < 1 || f.plannedMonth() > 12) {
            p.add(new InvalidInspectionException.Problem("plannedMonth", "month-invalid", f.plannedMonth()));
        }
        if (f.plannedDate() != null && planYear != null) {
            if (f.plannedDate().getYear() != year) {
                p.add(new InvalidInspectionException.Problem("plannedDate", "date-outside-year", f.plannedDate(), year));
            } else if (f.plannedDate().getMonthValue() != f.plannedMonth()) {
                p.add(new InvalidInspectionException.Problem("plannedDate", "date-outside-month", f.plannedDate(), f.plannedMonth()));
            }
        }
        if (f.actualDate() != null && f.actualDate().getYear() != year) {
            p.add(new InvalidInspectionException.Problem("actualDate", "date-outside-year", f.actualDate(), year));
        }
        if (f.type() == null) {
            p.add(new InvalidInspectionException.Problem("type", "type-required"));
        }
        if (f.topicCode() == null || queries.topics().stream().noneMatch(t -> t.code().equals(f.topicCode()))) {
            p.add(new InvalidInspectionException.Problem("topic", "topic-unknown", String.valueOf(f.topicCode())));
        } else if (current == null || !f.topicCode().equals(current.inspection().topicCode())) {
            LocalDate on = InspectionQueries.topicDate(year, f.plannedMonth(), f.plannedDate(), f.actualDate());
            if (queries.topicsActiveOn(on, null).stream().noneMatch(t -> t.code().equals(f.topicCode()))) {
                p.add(new InvalidInspectionException.Problem("topic", "topic-retired", f.topicCode(), on));
            }
        }
        if (f.teamLead() == null || f.teamLead().isBlank()) {
            p.add(new InvalidInspectionException.Problem("teamLead", "team-lead-required"));
        } else if (f.teamLead().length() > 200) {
            p.add(new InvalidInspectionException.Problem("teamLead", "text-long"));
        }
        if (f.members().length() > 1000) {
            p.add(new InvalidInspectionException.Problem("members", "text-long"));
        }
        if (f.postponeReason() != null && f.postponeReason().length() > 1000) {
            p.add(new InvalidInspectionException.Problem("postponeReason", "text-long"));
        }
        if (f.status() == null) {
            p.add(new InvalidInspectionException.Problem("status", "status-required"));
        } else if (f.status() == InspectionStatus.DONE && f.actualDate() == null) {
            p.add(new InvalidInspectionException.Problem("actualDate", "actual-date-required"));
        } else if (f.status() == InspectionStatus.POSTPONED && (f.postponeReason() == null || f.postponeReason().isBlank())) {
            p.add(new InvalidInspectionException.Problem("postponeReason", "reason-required"));
        }
        if (!f.recommendations().isEmpty() && f.status() != InspectionStatus.DONE) {
            p.add(new InvalidInspectionException.Problem("recommendations", "recommendations-need-done"));
        }
        Set<Long> existingIds = current == null ? Set.of()
                : current.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        List<Long> responsible = new ArrayList<>();
        for (int i = 0; i < f.recommendations().size(); i++) {
            InspectionForm.RecommendationForm r = f.recommendations().get(i);
            String field = "recommendations[" + (i + 1) + "]";
            int row = i + 1;
            if (r.id() != null && !existingIds.contains(r.id())) {
                p.add(new InvalidInspectionException.Problem(field, "recommendation-unknown", row));
            }
            if (r.text() == null || r.text().isBlank()) {
                p.add(new InvalidInspectionException.Problem(field + ".text", "recommendation-text-required", row));
            }
            if (r.deadline() == null) {
                p.add(new InvalidInspectionException.Problem(field + ".deadline", "deadline-required", row));
            } else if (f.actualDate() != null && r.deadline().isBefore(f.actualDate())) {
                p.add(new InvalidInspectionException.Problem(field + ".deadline", "deadline-before-inspection", row, r.deadline()));
            }
            UnitRef unit = r.responsibleCode() == null || r.responsibleCode().isBlank() ? null : findUnit(r.responsibleCode(), year).orElse(null);
            if (unit == null) {
                p.add(new InvalidInspectionException.Problem(field + ".responsible", "responsible-unknown", row,
                        String.valueOf(r.responsibleCode())));
                responsible.add(-1L);
            } else if (planUnit != null && !unit.isWithin(planUnit)) {
                p.add(new InvalidInspectionException.Problem(field + ".responsible", "target-outside-plan", unit.code(), planUnit.name()));
                responsible.add(-1L);
            } else {
                responsible.add(unit.id());
            }
        }
        if (current != null) {
            for (Recommendation old : current.recommendations()) {
                boolean kept = f.recommendations().stream().anyMatch(r -> r.id() != null && r.id() == old.id());
                if (!kept && old.status() == RecommendationStatus.DONE) {
                    p.add(new InvalidInspectionException.Problem("recommendations", "cannot-remove-done", old.text()));
                }
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInspectionException(p);
        }
        return new Validated(planUnit.id(), target.id(), responsible);
    }

    Optional<UnitRef> findUnit(String code, int year) {
        if (code == null || code.isBlank() || year < 1990 || year > 2100) {
            return Optional.empty();
        }
        return units.findByCode(code.trim(), Period.year(year));
    }
}
