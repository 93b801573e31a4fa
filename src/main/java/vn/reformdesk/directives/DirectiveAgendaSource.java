package vn.reformdesk.directives;

import org.springframework.stereotype.Component;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** The directives addressed to a unit, for its leader's page: open and overdue ones, and done ones on request. */
@Component
class DirectiveAgendaSource implements AgendaSource {

    private final DirectiveQueries queries;

    DirectiveAgendaSource(DirectiveQueries queries) {
        this.queries = queries;
    }

    @Override
    public String kind() {
        return "directive";
    }

    @Override
    public List<AgendaItem> items(UnitRef unit, LocalDate asOf, boolean includeDone) {
        return queries.addressedTo(unit, false, asOf, includeDone).stream()
                .filter(d -> d.status() != DirectiveStatus.CANCELLED)
                .map(d -> new AgendaItem(kind(), d.id(), d.text(), d.meetingTitle(), d.deadline(),
                        d.status() == DirectiveStatus.DONE ? AgendaItem.Status.DONE
                                : d.overdue() ? AgendaItem.Status.OVERDUE : AgendaItem.Status.OPEN,
                        d.status() == DirectiveStatus.DONE ? d.statusSince() : null,
                        "directives?unit=" + unit.code() + "&directive=" + d.id()))
                .toList();
    }
}
