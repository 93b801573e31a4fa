package vn.reformdesk.rankings;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's self-assessment in the scoring rounds it is ranked in: open until the round's self-assessment
 * deadline, overdue after it while not submitted, done once submitted. Through the agenda the daily reminders
 * ({@code notifications}) alert a unit's leader in-app, and by mail when a mail server is configured, when the
 * deadline is near or passed and the unit has not submitted. Rounds of a published year and units left out are
 * not asked.
 */
@Component
class ScoringRoundAgenda implements AgendaSource {

    static final String KIND = "scoring-round";

    private final RoundRepository rounds;
    private final UnitService units;

    ScoringRoundAgenda(RoundRepository rounds, UnitService units) {
        this.rounds = rounds;
        this.units = units;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<AgendaItem> items(UnitRef unit, LocalDate asOf, boolean includeDone) {
        units.requireReadable(unit);
        return rounds.dueRounds(unit.path(), unit.tier().name(), unit.id(), asOf).stream()
                .map(r -> item(unit, r, asOf))
                .filter(i -> includeDone || i.status() != AgendaItem.Status.DONE)
                .toList();
    }

    private static AgendaItem item(UnitRef unit, RoundRepository.DueRound r, LocalDate asOf) {
        AgendaItem.Status status = r.submittedAt() != null ? AgendaItem.Status.DONE
                : asOf.isAfter(r.selfUntil()) ? AgendaItem.Status.OVERDUE : AgendaItem.Status.OPEN;
        LocalDate doneOn = r.submittedAt() == null ? null : r.submittedAt().atZoneSameInstant(ReportingClock.ZONE).toLocalDate();
        return new AgendaItem(KIND, r.roundId(), r.indexName() + " " + r.year(), r.indexCode() + " " + r.year(), r.selfUntil(), status, doneOn,
                "rankings/round/unit?unit=" + unit.code() + "&period=" + r.year() + "&index=" + r.indexCode() + "&of=" + unit.code());
    }
}
