package vn.reformdesk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.ui.TextParts;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureTexts;

import java.util.List;
import java.util.Locale;

/** A unit's measures as a table: value with its colour, the target and the rule behind it, last year, the gap. */
final class MeasureGrid {

    private MeasureGrid() {
    }

    /** A read-only table (written as markup: a grid would hold some 10 KB of session memory per column). */
    static Div of(List<Measure> measures, Locale locale) {
        Div table = TextParts.styledTable(new Div(), List.of(
                        new TextParts.Column(t("review.col.field", locale), false),
                        new TextParts.Column(t("review.col.measure", locale), false),
                        new TextParts.Column(t("review.col.value", locale), false),
                        new TextParts.Column(t("review.col.target", locale), false),
                        new TextParts.Column(t("review.col.previous", locale), false),
                        new TextParts.Column(t("review.col.gap", locale), false)),
                measures.stream().map(m -> List.of(
                        TextParts.part("", MeasureTexts.field(m.field(), locale)),
                        TextParts.part("", MeasureTexts.label(m, locale)),
                        TextParts.part(badgeClasses(m), MeasureTexts.value(m, locale)),
                        TextParts.part("", MeasureTexts.rule(m, locale)),
                        TextParts.part("", MeasureTexts.previous(m, locale)),
                        TextParts.part("", MeasureTexts.gap(m, locale)))).toList());
        table.addClassName("measure-grid");
        return table;
    }

    private static String badgeClasses(Measure m) {
        return "rd-badge " + switch (MeasureTexts.state(m)) {
            case BEHIND -> "red";
            case MET -> "green";
            case NO_TARGET, UNKNOWN -> "grey";
        };
    }

    /** The value in the colour of its state: red behind, green met, grey without target or data. */
    static Span badge(Measure m, Locale locale) {
        Span s = new Span(MeasureTexts.value(m, locale));
        s.addClassNames(badgeClasses(m).split(" "));
        s.getElement().setAttribute("title", MeasureTexts.rule(m, locale));
        return s;
    }

    private static String t(String key, Locale locale) {
        return AppI18NProvider.text(key, locale);
    }
}
