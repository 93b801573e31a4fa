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
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.dossiers.ReportedTotalService;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.Locale;
import java.util.Map;

/**
 * Enters the statistics-form totals of the selected unit's own desk for the selected period, bound to
 * {@link TotalsForm}; a refusal of the service lands on the field it names.
 */
class ReportedTotalsDialog extends Dialog {

    /** The service names fields by the import file's columns; the form by its record's components. */
    private static final Map<String, String> SERVICE_FIELDS = Map.of("received_online", "receivedOnline", "on_time", "onTime",
            "carried_over", "carriedOver");

    private final BeanValidationBinder<TotalsForm> binder = new BeanValidationBinder<>(TotalsForm.class);
    private final Locale locale;

    ReportedTotalsDialog(ReportedTotalService totals, ReadableUnit readable, Period period, Runnable saved) {
        UnitRef unit = readable.unit();
        locale = getLocale();
        setHeaderTitle(getTranslation("dossiers.totals.title", UnitNames.name(unit, locale), PeriodLabels.label(period, locale)));
        setWidth("min(44rem, 95vw)");
        ReportedTotalService.Entry existing = totals.find(readable, period).orElse(null);
        IntegerField received = field("received", "received", existing == null ? null : existing.received());
        IntegerField carried = field("carried_over", "carriedOver", existing == null ? null : existing.carriedOver());
        IntegerField due = field("due", "due", existing == null ? null : existing.due());
        IntegerField online = field("received_online", "receivedOnline", existing == null ? null : existing.receivedOnline());
        IntegerField early = field("early", "early", existing == null ? null : existing.early());
        IntegerField onTime = field("on_time", "onTime", existing == null ? null : existing.onTime());
        IntegerField late = field("late", "late", existing == null ? null : existing.late());
        IntegerField withdrawn = field("withdrawn", "withdrawn", existing == null ? null : existing.withdrawn());
        IntegerField pending = field("pending", "pending", existing == null ? null : existing.pending());
        IntegerField overdue = field("overdue", "overdue", existing == null ? null : existing.overdue());
        TextField note = new TextField(getTranslation("dossiers.totals.note"));
        note.setId("totals-note");
        Forms.bind(binder, note, "note", locale);
        note.setValue(existing == null || existing.note() == null ? "" : existing.note());
        note.setWidthFull();
        FormLayout form = new FormLayout(received, carried, online, early, onTime, late, withdrawn, pending, overdue, due, note);
        form.setColspan(note, 2);
        Paragraph hint = new Paragraph(getTranslation("dossiers.totals.hint"));
        hint.addClassName("rd-note");
        add(hint, form);
        Button save = new Button(getTranslation("action.save"), e -> {
            TotalsForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                totals.save(new ReportedTotalService.Entry(existing == null ? null : existing.id(), unit.code(), period,
                        f.received().longValue(), value(f.receivedOnline()), f.early().longValue(), f.onTime().longValue(),
                        value(f.late()), value(f.withdrawn()), value(f.pending()), value(f.overdue()),
                        f.note() == null || f.note().isBlank() ? null : f.note(), existing == null ? 0 : existing.version(),
                        value(f.carriedOver()), value(f.due())));
                close();
                saved.run();
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("dossiers.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale, SERVICE_FIELDS)) {
                    Notification.show(ex.message(locale)).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("totals-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private IntegerField field(String key, String property, @Nullable Long value) {
        IntegerField f = new IntegerField(getTranslation("dossiers.totals." + key));
        f.setId("totals-" + key);
        Forms.bind(binder, f, property, locale);
        if (value != null) {
            f.setValue(value.intValue());
        }
        return f;
    }

    private static @Nullable Long value(@Nullable Integer v) {
        return v == null ? null : v.longValue();
    }
}
