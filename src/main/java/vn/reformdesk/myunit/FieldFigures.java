package vn.reformdesk.myunit;

import vn.reformdesk.scorecard.Measure;

import java.util.List;

/** One field's measures of a unit, as its {@link vn.reformdesk.scorecard.FieldScorecard} gives them. */
public record FieldFigures(String field, List<Measure> measures) {

    public FieldFigures {
        measures = List.copyOf(measures);
    }

    public long behind() {
        return measures.stream().filter(Measure::behind).count();
    }
}
