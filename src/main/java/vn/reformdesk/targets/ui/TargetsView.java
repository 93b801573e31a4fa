package vn.reformdesk.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.scorecard.MeasureTexts;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.targets.TargetChange;
import vn.reformdesk.targets.TargetService;
import vn.reformdesk.targets.TargetValue;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The targets of the selected unit for the selected year, measure by measure: the one in force, where it comes
 * from (own, inherited, province-wide default), and the unit's own; the secretariat sets them here, and the
 * province-wide defaults; every change is listed with who and when.
 */
@Route("targets")
@PageTitle("ReformDesk")
@Menu(order = 85, title = "targets.nav", icon = "vaadin:bullseye")
@PermitAll
class TargetsView extends VerticalLayout implements BeforeEnterObserver {

    /** One line of the grid. */
    record Line(MeasureDef def, TargetValue value, @Nullable Target byDefault) {
    }

    private final SelectionService selections;
    private final TargetService targets;
    private final List<FieldScorecard> fields;
    private SelectionService.@Nullable Resolved current;

    private final vn.reformdesk.base.ReportingClock clock;

    TargetsView(SelectionService selections, TargetService targets, List<FieldScorecard> fields, vn.reformdesk.base.ReportingClock clock) {
        this.clock = clock;
        this.selections = selections;
        this.targets = targets;
        this.fields = fields.stream().sorted(Comparator.comparingInt(FieldScorecard::order)).toList();
        addClassName("targets-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        show();
    }

    private void show() {
        removeAll();
        SelectionService.Resolved sel = current;
        UnitRef unit = sel.unit();
        int year = sel.period().year();
        Locale locale = getLocale();
        add(new H1(getTranslation("targets.title", UnitNames.name(unit, locale), Integer.toString(year))));
        Paragraph rule = new Paragraph(getTranslation("targets.rule"));
        rule.addClassName("rd-note");
        add(rule);

        List<Line> lines = TargetsExport.lines(targets, fields, unit, year);
        Grid<Line> grid = new Grid<>();
        grid.setId("targets-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> MeasureTexts.field(l.def().field(), locale)).setHeader(getTranslation("targets.col.field")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.def().labelKey(), "")).setHeader(getTranslation("targets.col.measure")).setFlexGrow(2);
        grid.addColumn(l -> MeasureTexts.target(l.value().effective(), l.def().kind(), locale))
                .setHeader(getTranslation("targets.col.in-force")).setAutoWidth(true);
        grid.addColumn(l -> l.value().effective() == null ? ""
                        : MeasureTexts.source(l.value().effective().source(), l.value().fromUnit(), locale))
                .setHeader(getTranslation("targets.col.source")).setAutoWidth(true);
        grid.addColumn(l -> l.value().own() == null ? "" : MeasureTexts.value(l.value().own(), l.def().kind(), locale)
                        + " (" + getTranslation("targets.since", Integer.toString(l.value().ownYear())) + ")")
                .setHeader(getTranslation("targets.col.own")).setAutoWidth(true);
        grid.addColumn(l -> MeasureTexts.target(l.byDefault(), l.def().kind(), locale))
                .setHeader(getTranslation("targets.col.default")).setAutoWidth(true);
        if (targets.canEdit()) {
            grid.addComponentColumn(l -> {
                Button own = new Button(getTranslation("targets.edit-own"), VaadinIcon.EDIT.create(), e -> edit(l, unit, year));
                own.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                own.setId("targets-edit-" + l.def().targetId());
                Button def = new Button(getTranslation("targets.edit-default"), e -> edit(l, null, year));
                def.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                def.setId("targets-default-" + l.def().targetId());
                return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(own, def);
            }).setAutoWidth(true);
        }
        grid.setItems(lines);
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("targets.excel"), "targets-" + unit.code() + "-" + year,
                () -> TargetsExport.tables(targets, fields, unit, year, clock.today(), locale));
        excel.setId("targets-excel");
        add(excel);
        add(grid);

        add(new H3(getTranslation("targets.history")));
        Map<String, MeasureDef> defs = lines.stream().map(Line::def).collect(Collectors.toMap(MeasureDef::targetId, Function.identity(), (a, b) -> a));
        Grid<TargetChange> history = new Grid<>();
        history.setId("targets-history");
        history.setAllRowsVisible(true);
        history.addColumn(c -> Formats.dateTime(c.at().atZoneSameInstant(vn.reformdesk.base.ReportingClock.ZONE).toLocalDateTime(), locale))
                .setHeader(getTranslation("targets.col.when")).setAutoWidth(true);
        history.addColumn(TargetChange::by).setHeader(getTranslation("targets.col.who")).setAutoWidth(true);
        history.addColumn(c -> defs.containsKey(c.targetId()) ? getTranslation(defs.get(c.targetId()).labelKey(), "") : c.targetId())
                .setHeader(getTranslation("targets.col.measure")).setFlexGrow(2);
        history.addColumn(c -> c.unitName() == null ? getTranslation("scorecard.source.PROVINCE_DEFAULT") : c.unitName())
                .setHeader(getTranslation("targets.col.for")).setAutoWidth(true);
        history.addColumn(TargetChange::year).setHeader(getTranslation("targets.col.year")).setAutoWidth(true);
        history.addColumn(c -> c.oldValue() == null ? "–" : Formats.decimal(c.oldValue(), 1, locale))
                .setHeader(getTranslation("targets.col.old")).setAutoWidth(true);
        history.addColumn(c -> c.newValue() == null ? "–" : Formats.decimal(c.newValue(), 1, locale))
                .setHeader(getTranslation("targets.col.new")).setAutoWidth(true);
        history.setItems(targets.history(unit, TargetsExport.HISTORY));
        add(history);
    }

    /** Edits the unit's own target ({@code unit} set) or the province-wide default ({@code unit} null) from a year on. */
    private void edit(Line line, @Nullable UnitRef unit, int year) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(unit == null ? "targets.dialog.default" : "targets.dialog.own",
                getTranslation(line.def().labelKey(), ""), unit == null ? "" : UnitNames.name(unit, locale)));
        NumberField value = new NumberField(getTranslation("targets.field.value." + line.def().comparison().name()));
        value.setId("targets-value");
        value.setStep(0.1);
        IntegerField from = new IntegerField(getTranslation("targets.field.year"));
        from.setId("targets-year");
        BeanValidationBinder<TargetForm> binder = new BeanValidationBinder<>(TargetForm.class);
        Forms.bind(binder, value, "value", locale);
        Forms.bind(binder, from, "year", locale);
        Target shown = unit == null ? line.byDefault() : line.value().effective();
        value.setValue(unit != null && line.value().own() != null ? line.value().own() : shown == null ? null : shown.value());
        from.setValue(year);
        FormLayout form = new FormLayout(value, from);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            TargetForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                targets.set(line.def().targetId(), unit, f.year(), line.def().comparison(), f.value());
                dialog.close();
                show();
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    Forms.showOnField(binder, UserFacingException.onField("value", ex.key(), ex.args()), locale);
                }
            }
        });
        save.setId("targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        if (unit != null && line.value().own() != null) {
            // back to the target of the unit above (or the default) from the year on
            Button inherit = new Button(getTranslation("targets.field.inherit"), e -> {
                if (from.getValue() == null) {
                    from.setInvalid(true);
                    return;
                }
                targets.set(line.def().targetId(), unit, from.getValue(), line.def().comparison(), null);
                dialog.close();
                show();
            });
            inherit.setId("targets-inherit");
            dialog.getFooter().add(inherit);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }
}
