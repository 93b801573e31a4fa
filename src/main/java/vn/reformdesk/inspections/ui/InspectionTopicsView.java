package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.inspections.InspectionTopicService;
import vn.reformdesk.inspections.InspectionTopicService.TopicDraft;
import vn.reformdesk.inspections.InspectionTopicService.TopicRow;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;

import java.util.Locale;

/** The inspection topics, kept by the secretariat through this page, each with the history of its changes. */
@Route("inspections/topics")
@PageTitle("ReformDesk")
@PermitAll
class InspectionTopicsView extends VerticalLayout {

    private final InspectionTopicService topics;
    private final boolean keep;
    private final Grid<TopicRow> grid = new Grid<>();

    InspectionTopicsView(InspectionTopicService topics, CurrentUserService users, vn.reformdesk.base.ReportingClock clock) {
        this.topics = topics;
        CurrentUser user = users.require();
        this.keep = vn.reformdesk.security.RoleRules.keepsRecords(user);
        addClassName("inspection-topics-view");
        add(new H1(getTranslation("inspections.topics.title")));
        Paragraph note = new Paragraph(getTranslation("inspections.topics.note"));
        note.addClassName("rd-note");
        add(note);
        if (keep) {
            Button create = new Button(getTranslation("inspections.topics.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            create.setId("topic-add");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("inspection-topics");
        grid.addColumn(TopicRow::code).setHeader(getTranslation("inspections.topics.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TopicRow::name).setHeader(getTranslation("inspections.topics.name")).setFlexGrow(2);
        grid.addColumn(TopicRow::nameEn).setHeader(getTranslation("inspections.topics.name-en")).setFlexGrow(2);
        grid.addColumn(TopicRow::sort).setHeader(getTranslation("inspections.topics.sort")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation(t.active() ? "inspections.topics.in-use" : "inspections.topics.retired"))
                .setHeader(getTranslation("inspections.topics.state")).setAutoWidth(true).setFlexGrow(0);
        DrillDown.rows(grid, row -> edit(row));
        grid.setAllRowsVisible(true);
        Locale shown = getLocale();
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("inspections.excel"), "chu-de-kiem-tra",
                () -> java.util.List.of(InspectionExport.topics(topics.all(), clock.today(), shown)));
        excel.setId("inspection-topics-excel");
        Card card = new Card(getTranslation("inspections.topics.list"), excel, grid);
        card.setWidthFull();
        card.addClassName("rd-wide");
        add(card);
        grid.setItems(topics.all());
    }

    private void edit(@Nullable TopicRow topic) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(topic == null ? getTranslation("inspections.topics.add") : topic.code() + " – " + topic.name());
        dialog.setWidth("min(44rem, 96vw)");
        TextField code = new TextField(getTranslation("inspections.topics.code"));
        code.setId("topic-code");
        TextField name = new TextField(getTranslation("inspections.topics.name"));
        name.setId("topic-name");
        TextField nameEn = new TextField(getTranslation("inspections.topics.name-en"));
        nameEn.setId("topic-name-en");
        IntegerField sort = new IntegerField(getTranslation("inspections.topics.sort"));
        sort.setId("topic-sort");
        Checkbox active = new Checkbox(getTranslation("inspections.topics.in-use"), true);
        active.setId("topic-active");
        BeanValidationBinder<TopicForm> binder = new BeanValidationBinder<>(TopicForm.class);
        Forms.bind(binder, code, "code", locale);
        Forms.bind(binder, name, "name", locale);
        Forms.bind(binder, nameEn, "nameEn", locale);
        Forms.bind(binder, sort, "sort", locale);
        binder.forField(active).bind("active");
        if (topic != null) {
            code.setValue(topic.code());
            code.setReadOnly(true);
            name.setValue(topic.name());
            nameEn.setValue(topic.nameEn());
            sort.setValue(topic.sort());
            active.setValue(topic.active());
        } else {
            sort.setValue(topics.all().stream().mapToInt(TopicRow::sort).max().orElse(0) + 10);
        }
        name.setReadOnly(!keep);
        nameEn.setReadOnly(!keep);
        sort.setReadOnly(!keep);
        active.setReadOnly(!keep);
        Div problems = new Div();
        problems.addClassName("rd-status-red");
        dialog.add(new FormLayout(code, name, nameEn, sort, active), problems);
        if (topic != null) {
            dialog.add(new H4(getTranslation("inspections.topics.history")));
            Grid<InspectionTopicService.TopicChange> history = new Grid<>();
            history.setId("topic-history");
            history.addColumn(c -> Formats.dateTime(c.at().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale))
                    .setHeader(getTranslation("inspections.topics.when")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(InspectionTopicService.TopicChange::by).setHeader(getTranslation("inspections.topics.who")).setAutoWidth(true);
            history.addColumn(c -> c.field() + ": " + (c.oldValue() == null ? "–" : c.oldValue()) + " → "
                    + (c.newValue() == null ? "–" : c.newValue())).setHeader(getTranslation("inspections.topics.change")).setFlexGrow(2);
            history.setItems(topics.history(topic.code()));
            history.setAllRowsVisible(true);
            dialog.add(history);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            problems.setText("");
            TopicForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            TopicDraft draft = new TopicDraft(f.code(), f.name(), f.nameEn(), f.sort() == null ? 0 : f.sort(), f.active());
            try {
                if (topic == null) {
                    topics.create(draft);
                } else {
                    topics.update(topic.code(), topic.version(), draft);
                }
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    problems.setText(ex.message(locale));
                }
                return;
            }
            dialog.close();
            grid.setItems(topics.all());
        });
        save.setId("topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(keep);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
