package vn.reformdesk.review;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Period;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.Tally;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the review of a unit and period shows, read once.
 *
 * @param fields     the unit's own measures, field by field, in the fields' order
 * @param laggards   every unit below it (all levels) that misses a target in any field, worst first
 * @param movers     the largest changes against the same span a year before, up then down
 * @param national   the province's national results (empty below the province)
 * @param lastMeeting the latest meeting of the unit's committee held by the day asked, with its directives
 */
public record ReviewReport(UnitRef unit, Period period, LocalDate asOf, List<FieldBlock> fields, List<Laggard> laggards,
                           List<Mover> movers, List<Measure> national, @Nullable MeetingBlock lastMeeting) {

    public record FieldBlock(String field, List<Measure> measures) {
    }

    /**
     * A unit behind in some measures; {@code score} orders the list (more misses, larger relative gaps first).
     * {@code parent} is the unit it belongs to when that is not the reviewed unit itself (a commune of a district
     * at province level), else null.
     */
    public record Laggard(UnitRef unit, @org.jspecify.annotations.Nullable UnitRef parent, List<Measure> behind, double score) {
    }

    /** A measure of a unit that moved: {@code change} in the measure's unit (points for a share). */
    public record Mover(UnitRef unit, Measure measure, double change) {
    }

    public record MeetingBlock(Meeting meeting, Tally tally, List<Directive> directives) {
    }
}
