package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveStatus;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The directives as a grid, the same on the meeting page, the directives page and the review page. */
public final class DirectiveGrid {

    private DirectiveGrid() {
    }

    public static Grid<Directive> of(List<Directive> items, Locale locale, @Nullable Function<Directive, Component> action) {
        Grid<Directive> grid = new Grid<>();
        grid.addClassName("directive-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Directive::seq).setHeader(t("directives.col.seq", locale)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Directive::text).setHeader(t("directives.col.text", locale)).setFlexGrow(3);
        grid.addColumn(Directive::responsibleName).setHeader(t("directives.col.responsible", locale)).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.deadline(), locale)).setHeader(t("directives.col.deadline", locale)).setAutoWidth(true);
        grid.addComponentColumn(d -> status(d, locale)).setHeader(t("directives.col.status", locale)).setAutoWidth(true);
        grid.addColumn(d -> d.evidence() == null ? "" : d.evidence()).setHeader(t("directives.col.evidence", locale)).setFlexGrow(1);
        if (action != null) {
            grid.addComponentColumn(action::apply).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(items);
        return grid;
    }

    /** The same rows for an Excel sheet. */
    public static vn.reformdesk.base.TableWorkbook.Table table(String sheet, List<String> context, List<Directive> items, Locale locale) {
        return new vn.reformdesk.base.TableWorkbook.Table(sheet, context,
                List.of(t("directives.col.meeting", locale), t("directives.col.seq", locale), t("directives.col.text", locale),
                        t("directives.col.responsible", locale), t("directives.col.deadline", locale), t("directives.col.status", locale),
                        t("directives.col.since", locale), t("directives.col.by", locale), t("directives.overdue", locale),
                        t("directives.col.evidence", locale)),
                items.stream().<List<?>>map(d -> java.util.Arrays.asList(d.meetingTitle() + " (" + Formats.date(d.meetingDate(), locale) + ")",
                        d.seq(), d.text(), d.responsibleName(), d.deadline(), t("directives.status." + d.status().name(), locale),
                        d.statusSince(), d.statusBy(), d.overdue() ? t("directives.overdue", locale) : "", d.evidence())).toList());
    }

    /** "Done (12/10/2026, chauthanh)", "In progress (reopened: reason)" or "Overdue", coloured. */
    public static Span status(Directive d, Locale locale) {
        String text = t("directives.status." + d.status().name(), locale);
        if (d.status() == DirectiveStatus.DONE) {
            text = AppI18NProvider.text("directives.status.done-by", locale, text, Formats.date(d.statusSince(), locale),
                    d.statusBy() == null ? "" : d.statusBy());
        } else if (d.status() == DirectiveStatus.IN_PROGRESS && d.statusNote() != null) {
            text = AppI18NProvider.text("directives.status.with-note", locale, text, Formats.date(d.statusSince(), locale), d.statusNote());
        }
        Span s = new Span(d.overdue() ? text + " · " + t("directives.overdue", locale) : text);
        s.addClassNames("rd-badge", "directive-status",
                d.status() == DirectiveStatus.DONE ? "green" : d.overdue() ? "red" : d.status() == DirectiveStatus.CANCELLED ? "grey" : "amber");
        return s;
    }

    private static String t(String key, Locale locale) {
        return AppI18NProvider.text(key, locale);
    }
}
