package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.MeetingForm;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Opens a review meeting of a unit's committee: date, title, chair, attendees, minutes number. */
public class MeetingDialog extends Dialog {

    /** The form's bean. */
    static final class Draft {
        LocalDate heldOn;
        String title = "";
        String chair = "";
        String attendees = "";
        String minutes = "";
    }

    public MeetingDialog(DirectiveService service, UnitRef unit, Period period, LocalDate today, Consumer<Meeting> opened) {
        setHeaderTitle(getTranslation("directives.meeting.open"));
        DatePicker heldOn = new DatePicker(getTranslation("directives.field.held-on"));
        heldOn.setId("meeting-held-on");
        heldOn.setLocale(getLocale());
        TextField title = new TextField(getTranslation("directives.field.title"));
        title.setId("meeting-title");
        TextField chair = new TextField(getTranslation("directives.field.chair"));
        chair.setId("meeting-chair");
        TextArea attendees = new TextArea(getTranslation("directives.field.attendees"));
        attendees.setId("meeting-attendees");
        TextField minutes = new TextField(getTranslation("directives.field.minutes"));
        minutes.setId("meeting-minutes");
        Binder<Draft> binder = new Binder<>();
        binder.forField(heldOn).asRequired(getTranslation("directives.error.held-on")).bind(d -> d.heldOn, (d, v) -> d.heldOn = v);
        binder.forField(title).asRequired(getTranslation("directives.error.title")).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(chair).asRequired(getTranslation("directives.error.chair")).bind(d -> d.chair, (d, v) -> d.chair = v);
        binder.forField(attendees).bind(d -> d.attendees, (d, v) -> d.attendees = v);
        binder.forField(minutes).bind(d -> d.minutes, (d, v) -> d.minutes = v);
        Draft draft = new Draft();
        draft.heldOn = today;
        draft.title = getTranslation("directives.meeting.title-default", PeriodLabels.label(period, getLocale()));
        binder.readBean(draft);
        FormLayout form = new FormLayout(heldOn, title, chair, minutes, attendees);
        form.setColspan(attendees, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                Meeting m = service.openMeeting(unit, new MeetingForm(draft.heldOn, period.code(), draft.title, draft.chair,
                        draft.attendees, draft.minutes));
                close();
                opened.accept(m);
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, Map.of("heldOn", heldOn, "title", title, "chair", chair), getLocale());
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
