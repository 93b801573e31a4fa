package vn.reformdesk.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureTexts;

import java.util.List;
import java.util.Locale;

/** A unit's measures as a grid: value with its colour, the target and the rule behind it, last year, the gap. */
final class MeasureGrid {

    private MeasureGrid() {
    }

    static Grid<Measure> of(List<Measure> measures, Locale locale) {
        Grid<Measure> grid = new Grid<>();
        grid.addClassName("measure-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> MeasureTexts.field(m.field(), locale)).setHeader(t("review.col.field", locale)).setAutoWidth(true);
        grid.addColumn(m -> MeasureTexts.label(m, locale)).setHeader(t("review.col.measure", locale)).setFlexGrow(2);
        grid.addComponentColumn(m -> badge(m, locale)).setHeader(t("review.col.value", locale)).setAutoWidth(true);
        grid.addColumn(m -> MeasureTexts.rule(m, locale)).setHeader(t("review.col.target", locale)).setFlexGrow(2);
        grid.addColumn(m -> MeasureTexts.previous(m, locale)).setHeader(t("review.col.previous", locale)).setAutoWidth(true);
        grid.addColumn(m -> MeasureTexts.gap(m, locale)).setHeader(t("review.col.gap", locale)).setFlexGrow(3);
        grid.setItems(measures);
        return grid;
    }

    /** The value in the colour of its state: red behind, green met, grey without target or data. */
    static Span badge(Measure m, Locale locale) {
        Span s = new Span(MeasureTexts.value(m, locale));
        s.addClassNames("rd-badge", switch (MeasureTexts.state(m)) {
            case BEHIND -> "red";
            case MET -> "green";
            case NO_TARGET, UNKNOWN -> "grey";
        });
        s.getElement().setAttribute("title", MeasureTexts.rule(m, locale));
        return s;
    }

    private static String t(String key, Locale locale) {
        return AppI18NProvider.text(key, locale);
    }
}
