package vn.reformdesk.inspections;

import org.springframework.stereotype.Component;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** Recommendations of inspections addressed to a unit, in the states of {@link RecommendationRules}. */
@Component
class RecommendationAgenda implements AgendaSource {

    static final String KIND = "recommendation";

    private final RecommendationQueries inspections;

    RecommendationAgenda(RecommendationQueries inspections) {
        this.inspections = inspections;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<AgendaItem> items(UnitRef unit, LocalDate asOf, boolean includeDone) {
        return inspections.recommendationsOf(unit, asOf, includeDone).stream().map(r -> item(unit, r, asOf)).toList();
    }

    private static AgendaItem item(UnitRef unit, Recommendation r, LocalDate asOf) {
        RecommendationState state = r.stateAsOf(asOf);
        AgendaItem.Status status = switch (state) {
            case OVERDUE -> AgendaItem.Status.OVERDUE;
            case OPEN -> AgendaItem.Status.OPEN;
            default -> AgendaItem.Status.DONE;
        };
        String source = r.inspected().name();
        return new AgendaItem(KIND, r.id(), r.text(), source, r.deadline(), status,
                status == AgendaItem.Status.DONE ? r.resolvedOn() : null,
                "inspections/recommendations?unit=" + unit.code() + "&period=" + asOf.getYear());
    }
}
