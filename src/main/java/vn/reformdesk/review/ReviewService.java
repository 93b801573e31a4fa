package vn.reformdesk.review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the review of a unit and period from the fields' scorecards (never from the fields' services) and the
 * committee's directives. The laggards are every unit below valid in the period, at all levels (districts,
 * departments and the communes under the districts of a province), each with the unit it belongs to; the movers
 * are the unit's children. Scope: the scorecards and the directive reads check it.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** How many movers up and down the review shows. */
    static final int MOVERS = 5;

    private final List<FieldScorecard> scorecards;
    private final UnitService units;
    private final DirectiveQueries directives;
    private final ReportingClock clock;

    ReviewService(List<FieldScorecard> scorecards, UnitService units, DirectiveQueries directives, ReportingClock clock) {
        this.scorecards = scorecards.stream().sorted(Comparator.comparingInt(FieldScorecard::order)).toList();
        this.units = units;
        this.directives = directives;
        this.clock = clock;
    }

    public ReviewReport report(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        LocalDate asOf = clock.asOf(period);
        List<ReviewReport.FieldBlock> fields = new ArrayList<>();
        List<Measure> national = new ArrayList<>();
        for (FieldScorecard s : scorecards) {
            List<Measure> own = new ArrayList<>();
            for (Measure m : s.measures(unit, period)) {
                (m.id().startsWith("rankings.national.") ? national : own).add(m);
            }
            fields.add(new ReviewReport.FieldBlock(s.field(), own));
        }
        List<ReviewReport.Laggard> laggards = new ArrayList<>();
        List<ReviewReport.Mover> changes = new ArrayList<>();
        List<UnitRef> below = units.subtree(readable, period);
        java.util.Map<Long, UnitRef> byId = new java.util.HashMap<>();
        below.forEach(u -> byId.put(u.id(), u));
        List<UnitRef> children = below.stream().filter(u -> u.id() != unit.id()).toList();
        // each field reads all the units at once: a tier's ranking, for one, is the same for every unit of the tier
        java.util.Map<Long, List<Measure>> byUnit = FieldScorecard.everyField(scorecards.stream(), children, period);
        for (UnitRef child : children) {
            List<Measure> all = byUnit.get(child.id());
            List<Measure> behind = all.stream().filter(Measure::behind).toList();
            boolean direct = child.parentId() != null && child.parentId() == unit.id();
            if (!behind.isEmpty()) {
                laggards.add(new ReviewReport.Laggard(child, direct ? null : byId.get(child.parentId()), behind, score(behind)));
            }
            if (!direct) {
                continue;
            }
            for (Measure m : all) {
                if (m.actual() != null && m.previous() != null && m.kind() != MeasureKind.RANK && m.kind() != MeasureKind.COUNT) {
                    double change = m.actual() - m.previous();
                    if (Math.abs(change) >= 0.05) {
                        changes.add(new ReviewReport.Mover(child, m, change));
                    }
                }
            }
        }
        laggards.sort(Comparator.comparingDouble(ReviewReport.Laggard::score).reversed()
                .thenComparing(l -> l.unit().code()));
        List<ReviewReport.Mover> movers = new ArrayList<>();
        changes.stream().filter(c -> c.change() > 0).sorted(Comparator.comparingDouble(ReviewReport.Mover::change).reversed())
                .limit(MOVERS).forEach(movers::add);
        changes.stream().filter(c -> c.change() < 0).sorted(Comparator.comparingDouble(ReviewReport.Mover::change))
                .limit(MOVERS).forEach(movers::add);
        return new ReviewReport(unit, period, asOf, fields, List.copyOf(laggards), movers, national, lastMeeting(unit));
    }

    /** The latest meeting held by today, its directives and how many are done today. */
    private ReviewReport.MeetingBlock lastMeeting(UnitRef unit) {
        LocalDate today = clock.today();
        Optional<Meeting> m = directives.latest(unit, today);
        return m.map(meeting -> new ReviewReport.MeetingBlock(meeting, directives.tally(meeting.id(), today),
                directives.directives(meeting.id(), today))).orElse(null);
    }

    /**
     * Orders laggards: each missed measure counts 1 plus its shortfall relative to its target (capped at 1), so a
     * unit missing three targets comes before one missing one, and between equals the larger gaps come first.
     */
    static double score(List<Measure> behind) {
        double score = 0;
        for (Measure m : behind) {
            double shortfall = m.shortfall() == null ? 0 : m.shortfall();
            double base = m.target() == null || m.target().value() == 0 ? 1 : Math.abs(m.target().value());
            score += 1 + Math.min(1, shortfall / base);
        }
        return score;
    }
}
