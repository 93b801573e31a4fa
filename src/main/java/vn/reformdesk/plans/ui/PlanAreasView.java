package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ui.DrillDown;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.plans.PlanAreaService;
import vn.reformdesk.plans.PlanAreaService.AreaDraft;
import vn.reformdesk.plans.PlanAreaService.AreaRow;
import vn.reformdesk.plans.PlanQueries;

import java.util.List;
import java.util.Locale;

/**
 * The plan areas per year, kept by the secretariat through this page (not through code): add an area, rename it,
 * limit it to the years it serves, retire it. Each area's changes are listed with who and when. The dialog is
 * bound to {@link AreaForm}; a refusal of the service lands on the field it names.
 */
@Route("plans/areas")
@PageTitle("ReformDesk")
@PermitAll
class PlanAreasView extends VerticalLayout {

    private final PlanAreaService areas;
    private final boolean keep;
    private final Grid<AreaRow> grid = new Grid<>();

    PlanAreasView(PlanAreaService areas, PlanQueries plans, ReportingClock clock) {
        this.areas = areas;
        this.keep = plans.canKeepPlans();
        addClassName("plan-areas-view");
        Locale locale = getLocale();
        add(new H1(getTranslation("plans.areas.title")));
        Paragraph note = new Paragraph(getTranslation("plans.areas.note"));
        note.addClassName("rd-note");
        add(note);
        if (keep) {
            Button create = new Button(getTranslation("plans.areas.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            create.setId("plan-area-add");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("plan-areas");
        grid.addColumn(AreaRow::code).setHeader(getTranslation("plans.areas.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AreaRow::name).setHeader(getTranslation("plans.areas.name")).setFlexGrow(3);
        grid.addColumn(a -> a.nameEn() == null ? "" : a.nameEn()).setHeader(getTranslation("plans.areas.name-en")).setFlexGrow(2);
        grid.addColumn(a -> PlanAreasExport.years(a, locale)).setHeader(getTranslation("plans.areas.years")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> PlanAreasExport.state(a, locale)).setHeader(getTranslation("plans.areas.state"))
                .setAutoWidth(true).setFlexGrow(0);
        DrillDown.rows(grid, row -> edit(row));
        grid.setAllRowsVisible(true);
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("plans.drill.excel"), "linh-vuc-ke-hoach",
                () -> List.of(PlanAreasExport.areas(areas.all(), clock.today(), locale)));
        excel.setId("plan-areas-excel");
        Card card = new Card(getTranslation("plans.areas.list"), excel, grid);
        card.setWidthFull();
        card.addClassName("rd-wide");
        add(card);
        refresh();
    }

    private void refresh() {
        grid.setItems(areas.all());
    }

    private void edit(@Nullable AreaRow area) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.addClassName("plan-area-dialog");
        dialog.setHeaderTitle(area == null ? getTranslation("plans.areas.add") : area.code() + " – " + area.name());
        dialog.setWidth("min(44rem, 96vw)");
        TextField code = new TextField(getTranslation("plans.areas.code"));
        code.setId("plan-area-code");
        TextField name = new TextField(getTranslation("plans.areas.name"));
        name.setId("plan-area-name");
        TextField nameEn = new TextField(getTranslation("plans.areas.name-en"));
        IntegerField from = new IntegerField(getTranslation("plans.areas.from-year"));
        from.setId("plan-area-from");
        IntegerField to = new IntegerField(getTranslation("plans.areas.to-year"));
        to.setId("plan-area-to");
        to.setHelperText(getTranslation("plans.areas.years.help"));
        nameEn.setId("plan-area-name-en");
        Checkbox active = new Checkbox(getTranslation("plans.areas.in-use"), true);
        active.setId("plan-area-active");
        BeanValidationBinder<AreaForm> binder = new BeanValidationBinder<>(AreaForm.class);
        Forms.bind(binder, code, "code", locale);
        Forms.bind(binder, name, "name", locale);
        Forms.bind(binder, nameEn, "nameEn", locale);
        Forms.bind(binder, from, "fromYear", locale);
        Forms.bind(binder, to, "toYear", locale);
        binder.forField(active).bind("active");
        if (area != null) {
            code.setValue(area.code());
            code.setReadOnly(true);
            name.setValue(area.name());
            nameEn.setValue(area.nameEn() == null ? "" : area.nameEn());
            from.setValue(area.fromYear());
            to.setValue(area.toYear());
            active.setValue(area.active());
        }
        for (var field : List.of(code, name, nameEn)) {
            field.setReadOnly(field.isReadOnly() || !keep);
        }
        from.setReadOnly(!keep);
        to.setReadOnly(!keep);
        active.setReadOnly(!keep);
        FormLayout form = new FormLayout(code, name, nameEn, from, to, active);
        dialog.add(form);
        if (area != null) {
            dialog.add(new H4(getTranslation("plans.task.history")));
            Grid<PlanAreaService.AreaChange> history = new Grid<>();
            history.setId("plan-area-history");
            history.addColumn(c -> Formats.dateTime(c.at().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale))
                    .setHeader(getTranslation("plans.history.when")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(PlanAreaService.AreaChange::by).setHeader(getTranslation("plans.history.who")).setAutoWidth(true);
            history.addColumn(c -> getTranslation("plans.areas.field." + c.field())).setHeader(getTranslation("plans.history.field"))
                    .setAutoWidth(true);
            history.addColumn(c -> (c.oldValue() == null ? "–" : c.oldValue()) + " → " + (c.newValue() == null ? "–" : c.newValue()))
                    .setHeader(getTranslation("plans.history.change")).setFlexGrow(2);
            history.setItems(areas.history(area.id()));
            history.setAllRowsVisible(true);
            dialog.add(history);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            AreaForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            PlanForms.guard(() -> {
                AreaDraft draft = new AreaDraft(f.code(), f.name(), f.nameEn(), f.fromYear(), f.toYear(), f.active());
                if (area == null) {
                    areas.create(draft);
                } else {
                    areas.update(area.id(), area.version(), draft);
                }
                dialog.close();
                refresh();
            }, refusal -> Forms.showOnField(binder, refusal, locale));
        });
        save.setId("plan-area-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(keep);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
