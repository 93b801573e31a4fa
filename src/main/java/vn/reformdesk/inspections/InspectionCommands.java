package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.inspections.InspectionValidation.Validated;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.reformdesk.inspections.InspectionSql.INSPECTION_SELECT;

/**
 * What changes the plan of inspections: an inspection with its outcome and recommendations, written by the
 * SECRETARIAT (and ADMIN). Every change raises the inspection's version: a save based on an older version is refused
 * ({@link ConcurrentEditException}). The rules are in {@link InspectionValidation}.
 */
@Service
@Transactional(readOnly = true)
public class InspectionCommands {

    private final JdbcClient jdbc;
    private final InspectionQueries queries;
    private final InspectionValidation validation;

    InspectionCommands(JdbcTemplate jdbcTemplate, InspectionQueries queries, InspectionValidation validation) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.queries = queries;
        this.validation = validation;
    }

    /** Warnings to confirm before saving: the team lead booked elsewhere that day; the unit inspected within a week. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public List<Warning> warnings(@Nullable Long id, InspectionForm form) {
        LocalDate day = form.actualDate() != null ? form.actualDate() : form.plannedDate();
        if (day == null || form.status() == InspectionStatus.CANCELLED) {
            return List.of();
        }
        long self = id == null ? -1 : id;
        List<Warning> warnings = new ArrayList<>();
        String day0 = "coalesce(i.actual_date, i.planned_date)";
        if (!form.teamLead().isBlank()) {
            jdbc.sql(INSPECTION_SELECT + " where i.status <> 'CANCELLED' and i.id <> :self and " + day0 + " = :day"
                            + " and lower(trim(i.team_lead)) = lower(trim(:lead)) order by i.id")
                    .param("self", self).param("day", day).param("lead", form.teamLead())
                    .query(InspectionSql::inspection).list()
                    .forEach(o -> warnings.add(new Warning("lead-busy", List.of(form.teamLead().trim(), day, o.target().name(), o.target().code()))));
        }
        Optional<UnitRef> target = validation.findUnit(form.targetCode(), form.planYear());
        target.ifPresent(t -> jdbc.sql(INSPECTION_SELECT + " where i.status <> 'CANCELLED' and i.id <> :self and i.target_unit_id = :target"
                        + " and " + day0 + " between :from and :to order by " + day0)
                .param("self", self).param("target", t.id()).param("from", day.minusDays(6)).param("to", day.plusDays(6))
                .query(InspectionSql::inspection).list()
                .forEach(o -> warnings.add(new Warning("unit-twice", List.of(t.name(), t.code(), o.day(), o.teamLead())))));
        return warnings;
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public long create(InspectionForm form) {
        Validated v = validation.validate(form, null);
        Long id = jdbc.sql("insert into inspection (plan_unit_id, plan_year, target_unit_id, planned_month, planned_date, type, topic_code,"
                        + " team_lead, members, status, actual_date, postpone_reason, findings)"
                        + " values (:plan, :year, :target, :month, :date, :type, :topic, :lead, :members, :status, :actual, :reason, :findings)"
                        + " returning id")
                .params(inspectionParams(form, v)).query(Long.class).single();
        for (int i = 0; i < form.recommendations().size(); i++) {
            insertRecommendation(id, form.recommendations().get(i), v.responsible().get(i));
        }
        return id;
    }

    /** Saves the form over the inspection loaded at {@code version}; refused when anyone saved it since. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public void update(long id, long version, InspectionForm form) {
        InspectionDetail current = queries.get(id);
        if (current.inspection().version() != version) {
            throw new ConcurrentEditException("inspection", id);
        }
        Validated v = validation.validate(form, current);
        Map<String, Object> params = new HashMap<>(inspectionParams(form, v));
        params.put("id", id);
        params.put("version", version);
        int n = jdbc.sql("update inspection set plan_unit_id = :plan, plan_year = :year, target_unit_id = :target, planned_month = :month,"
                        + " planned_date = :date, type = :type, topic_code = :topic, team_lead = :lead, members = :members, status = :status,"
                        + " actual_date = :actual, postpone_reason = :reason, findings = :findings, version = version + 1"
                        + " where id = :id and version = :version")
                .params(params).update();
        if (n == 0) {
            throw new ConcurrentEditException("inspection", id);
        }
        Map<Long, Recommendation> existing = current.recommendations().stream()
                .collect(Collectors.toMap(Recommendation::id, r -> r));
        Set<Long> kept = new java.util.HashSet<>();
        for (int i = 0; i < form.recommendations().size(); i++) {
            InspectionForm.RecommendationForm r = form.recommendations().get(i);
            long responsible = v.responsible().get(i);
            if (r.id() == null) {
                insertRecommendation(id, r, responsible);
                continue;
            }
            Recommendation old = existing.get(r.id());
            kept.add(r.id());
            boolean changed = !old.text().equals(r.text().trim()) || old.responsible().id() != responsible
                    || !old.deadline().equals(r.deadline());
            if (changed) {
                int m = jdbc.sql("update inspection_recommendation set text = :text, responsible_unit_id = :unit, deadline = :deadline,"
                                + " version = version + 1 where id = :id and version = :version")
                        .param("text", r.text().trim()).param("unit", responsible).param("deadline", r.deadline())
                        .param("id", r.id()).param("version", r.version()).update();
                if (m == 0) {
                    throw new ConcurrentEditException("recommendation", r.id());
                }
            }
        }
        for (Recommendation old : existing.values()) {
            if (!kept.contains(old.id())) {
                jdbc.sql("delete from inspection_recommendation where id = :id").param("id", old.id()).update();
            }
        }
    }

    private static Map<String, Object> inspectionParams(InspectionForm f, Validated v) {
        Map<String, Object> m = new HashMap<>();
        m.put("plan", v.planUnit());
        m.put("year", f.planYear());
        m.put("target", v.target());
        m.put("month", f.plannedMonth());
        m.put("date", f.plannedDate());
        m.put("type", f.type().name());
        m.put("topic", f.topicCode());
        m.put("lead", f.teamLead().trim());
        m.put("members", f.members().trim());
        m.put("status", f.status().name());
        m.put("actual", f.actualDate());
        m.put("reason", f.status() == InspectionStatus.POSTPONED ? f.postponeReason().trim() : null);
        m.put("findings", f.findings().trim());
        return m;
    }

    private void insertRecommendation(long inspectionId, InspectionForm.RecommendationForm r, long responsible) {
        jdbc.sql("insert into inspection_recommendation (inspection_id, text, responsible_unit_id, deadline, status)"
                        + " values (:inspection, :text, :unit, :deadline, 'OPEN')")
                .param("inspection", inspectionId).param("text", r.text().trim()).param("unit", responsible)
                .param("deadline", r.deadline()).update();
    }
}
