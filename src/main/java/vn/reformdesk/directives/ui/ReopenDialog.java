package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.DirectiveService;

import java.time.LocalDate;
import java.util.Map;

/**
 * The secretariat reopens a done directive from a day (today by default) for a reason; shows who reported it
 * done, when, with what evidence, and the directive's history.
 */
class ReopenDialog extends Dialog {

    /** The form's bean. */
    static final class Draft {
        @Nullable LocalDate effectiveOn;
        String reason = "";
    }

    ReopenDialog(DirectiveService service, DirectiveQueries queries, Directive d, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("directives.reopen"));
        setWidth("min(640px, 95vw)");
        addClassName("directive-reopen-dialog");
        add(new Paragraph(d.text()));
        Paragraph done = new Paragraph(getTranslation("directives.reopen.done", Formats.date(d.statusSince(), getLocale()),
                d.statusBy() == null ? "" : d.statusBy(), d.evidence() == null ? "" : d.evidence()));
        done.setId("reopen-done");
        add(done);
        TextArea reason = new TextArea(getTranslation("directives.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setWidthFull();
        DatePicker effectiveOn = new DatePicker(getTranslation("directives.field.effective-on"));
        effectiveOn.setId("reopen-effective-on");
        effectiveOn.setLocale(getLocale());
        effectiveOn.setMin(d.statusSince());
        effectiveOn.setMax(today);
        Binder<Draft> binder = new Binder<>();
        binder.forField(reason).asRequired(getTranslation("directives.error.reopen-reason")).bind(x -> x.reason, (x, v) -> x.reason = v);
        binder.forField(effectiveOn).asRequired(getTranslation("directives.error.effective-on"))
                .bind(x -> x.effectiveOn, (x, v) -> x.effectiveOn = v);
        Draft draft = new Draft();
        draft.effectiveOn = today;
        binder.readBean(draft);
        add(new FormLayout(reason, effectiveOn));
        add(new H4(getTranslation("directives.history")));
        add(StatusDialog.history(queries, d, getLocale()));
        Button save = new Button(getTranslation("directives.reopen"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                service.reopen(d.id(), draft.effectiveOn, draft.reason);
                close();
                saved.run();
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, Map.of("effectiveOn", effectiveOn, "reason", reason), getLocale());
            }
        });
        save.setId("reopen-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
