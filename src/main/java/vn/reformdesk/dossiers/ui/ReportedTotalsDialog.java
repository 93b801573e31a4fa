package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.dossiers.ReportedTotalService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;

/** Enters the statistics-form totals of the selected unit's own desk for the selected period. */
class ReportedTotalsDialog extends Dialog {

    /** The fields by the service's field names, to show an error where it belongs. */
    private final java.util.Map<String, IntegerField> fields = new java.util.HashMap<>();

    ReportedTotalsDialog(ReportedTotalService totals, ReadableUnit readable, Period period, Runnable saved) {
        UnitRef unit = readable.unit();
        setHeaderTitle(getTranslation("dossiers.totals.title", UnitNames.name(unit, getLocale()), PeriodLabels.label(period, getLocale())));
        setWidth("min(44rem, 95vw)");
        ReportedTotalService.Entry existing = totals.find(readable, period).orElse(null);
        IntegerField received = field("received", existing == null ? null : existing.received());
        IntegerField carried = field("carried_over", existing == null ? null : existing.carriedOver());
        IntegerField due = field("due", existing == null ? null : existing.due());
        IntegerField online = field("received_online", existing == null ? null : existing.receivedOnline());
        IntegerField early = field("early", existing == null ? null : existing.early());
        IntegerField onTime = field("on_time", existing == null ? null : existing.onTime());
        IntegerField late = field("late", existing == null ? null : existing.late());
        IntegerField withdrawn = field("withdrawn", existing == null ? null : existing.withdrawn());
        IntegerField pending = field("pending", existing == null ? null : existing.pending());
        IntegerField overdue = field("overdue", existing == null ? null : existing.overdue());
        TextField note = new TextField(getTranslation("dossiers.totals.note"));
        note.setValue(existing == null || existing.note() == null ? "" : existing.note());
        note.setWidthFull();
        FormLayout form = new FormLayout(received, carried, online, early, onTime, late, withdrawn, pending, overdue, due, note);
        form.setColspan(note, 2);
        Paragraph hint = new Paragraph(getTranslation("dossiers.totals.hint"));
        hint.addClassName("rd-note");
        add(hint, form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (received.getValue() == null || early.getValue() == null || onTime.getValue() == null) {
                Notification.show(getTranslation("dossiers.totals.required")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                totals.save(new ReportedTotalService.Entry(existing == null ? null : existing.id(), unit.code(), period,
                        received.getValue(), value(online), early.getValue(), onTime.getValue(), value(late), value(withdrawn),
                        value(pending), value(overdue), note.getValue().isBlank() ? null : note.getValue(),
                        existing == null ? 0 : existing.version(), value(carried), value(due)));
                close();
                saved.run();
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("dossiers.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (UserFacingException ex) {
                // shown on the field it is about (the service names the field), else as a notification
                IntegerField on = ex.field() == null ? null : fields.get(ex.field());
                if (on != null) {
                    on.setErrorMessage(ex.message(getLocale()));
                    on.setInvalid(true);
                } else {
                    Notification.show(ex.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("totals-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private IntegerField field(String key, @Nullable Long value) {
        IntegerField f = new IntegerField(getTranslation("dossiers.totals." + key));
        fields.put(key, f);
        f.setMin(0);
        f.setId("totals-" + key);
        if (value != null) {
            f.setValue(value.intValue());
        }
        return f;
    }

    private static @Nullable Long value(IntegerField f) {
        return f.getValue() == null ? null : f.getValue().longValue();
    }
}
