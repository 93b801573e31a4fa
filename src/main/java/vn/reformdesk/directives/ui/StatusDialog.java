package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveEvent;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.DirectiveStatus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.reformdesk.base.AppI18NProvider;

/** Records a directive's new status with the day it took effect and its evidence; shows its history. */
class StatusDialog extends Dialog {

    /** The form's bean. */
    static final class Draft {
        DirectiveStatus status = DirectiveStatus.DONE;
        @Nullable LocalDate effectiveOn;
        String evidence = "";
        String comment = "";
    }

    StatusDialog(DirectiveService service, DirectiveQueries queries, Directive d, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("directives.update"));
        setWidth("min(640px, 95vw)");
        add(new Paragraph(d.text()));
        Select<DirectiveStatus> status = new Select<>();
        status.setLabel(getTranslation("directives.field.status"));
        status.setId("status-status");
        status.setItems(Arrays.stream(DirectiveStatus.values())
                .filter(s -> s != DirectiveStatus.CANCELLED || queries.canRecord()).toList());
        status.setItemLabelGenerator(s -> getTranslation("directives.status." + s.name()));
        DatePicker effectiveOn = new DatePicker(getTranslation("directives.field.effective-on"));
        effectiveOn.setId("status-effective-on");
        effectiveOn.setLocale(getLocale());
        effectiveOn.setMax(today);
        TextField evidence = new TextField(getTranslation("directives.field.evidence"));
        evidence.setId("status-evidence");
        TextField comment = new TextField(getTranslation("directives.field.comment"));
        comment.setId("status-comment");
        Binder<Draft> binder = new Binder<>();
        binder.forField(status).asRequired().bind(x -> x.status, (x, v) -> x.status = v);
        binder.forField(effectiveOn).asRequired(getTranslation("directives.error.effective-on"))
                .bind(x -> x.effectiveOn, (x, v) -> x.effectiveOn = v);
        binder.forField(evidence).bind(x -> x.evidence, (x, v) -> x.evidence = v);
        binder.forField(comment).bind(x -> x.comment, (x, v) -> x.comment = v);
        Draft draft = new Draft();
        draft.effectiveOn = today;
        binder.readBean(draft);
        FormLayout form = new FormLayout(status, effectiveOn, evidence, comment);
        add(form);
        add(new H4(getTranslation("directives.history")));
        add(history(queries, d, getLocale()));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                service.changeStatus(d.id(), draft.status, draft.effectiveOn, draft.evidence, draft.comment);
                close();
                saved.run();
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, Map.of("effectiveOn", effectiveOn, "evidence", evidence), getLocale());
            }
        });
        save.setId("status-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** The directive's history, latest first: the day, the status with its evidence or comment, who recorded it and when. */
    static UnorderedList history(DirectiveQueries queries, Directive d, Locale locale) {
        UnorderedList history = new UnorderedList();
        history.setId("status-history");
        for (DirectiveEvent ev : queries.history(d.id())) {
            String what = AppI18NProvider.text("directives.status." + ev.status().name(), locale)
                    + (ev.evidence() == null ? "" : " – " + ev.evidence())
                    + (ev.comment() == null ? "" : " – " + ev.comment());
            history.add(new ListItem(AppI18NProvider.text("directives.history.line", locale, Formats.date(ev.effectiveOn(), locale), what,
                    ev.recordedBy(), Formats.dateTime(ev.recordedAt().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale))));
        }
        return history;
    }
}
