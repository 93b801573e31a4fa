package vn.reformdesk.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.notifications.NotificationPreferences;
import vn.reformdesk.notifications.NotificationService;
import vn.reformdesk.notifications.ReminderService;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.UserService;

import java.util.Locale;

/** The user's reminders: what to be told and where, and the latest notifications (marked read when opened). */
@Route("notifications")
@PageTitle("ReformDesk")
@PermitAll
@Menu(order = 90, title = "notifications.nav", icon = "vaadin:bell")
class NotificationsView extends VerticalLayout implements BeforeEnterObserver {

    private final NotificationService notifications;
    private final UserService users;
    private final CurrentUserService currentUser;

    NotificationsView(NotificationService notifications, UserService users, CurrentUserService currentUser) {
        this.notifications = notifications;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("notifications-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Locale locale = getLocale();
        long userId = currentUser.require().id();
        add(new H1(getTranslation("notifications.title")));

        NotificationPreferences prefs = notifications.preferences();
        Checkbox digest = new Checkbox(getTranslation("notifications.pref.digest"), prefs.weeklyDigest());
        digest.setId("pref-digest");
        Checkbox dueSoon = new Checkbox(getTranslation("notifications.pref.due-soon", ReminderService.DUE_SOON_DAYS), prefs.dueSoon());
        dueSoon.setId("pref-due-soon");
        Checkbox overdue = new Checkbox(getTranslation("notifications.pref.overdue"), prefs.overdue());
        overdue.setId("pref-overdue");
        EmailField email = new EmailField(getTranslation("notifications.email"));
        email.setId("pref-email");
        email.setHelperText(getTranslation("notifications.email.help"));
        email.setWidthFull();
        email.setMaxWidth("28rem");
        UserService.Contact contact = users.contact(userId);
        email.setValue(contact.email() == null ? "" : contact.email());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.setEmail(userId, email.getValue());
                notifications.savePreferences(new NotificationPreferences(digest.getValue(), dueSoon.getValue(), overdue.getValue()));
                email.setInvalid(false);
                Notification.show(getTranslation("notifications.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                email.setErrorMessage(ex.message(getLocale()));
                email.setInvalid(true);
            }
        });
        save.setId("pref-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph language = new Paragraph(getTranslation("notifications.language"));
        language.addClassName("rd-note");
        Div form = new Div(digest, dueSoon, overdue, email, language, save);
        form.addClassName("rd-stack");

        Div list = new Div();
        list.addClassName("rd-list");
        list.setId("notification-list");
        var latest = notifications.latest(50);
        for (var n : latest) {
            Div row = new Div();
            row.addClassName("rd-list-row");
            row.getElement().setAttribute("data-reason", n.reason().name());
            var title = n.route().isEmpty() ? new Span(n.title()) : new Anchor(n.route(), n.title());
            title.addClassName("rd-list-title");
            if (!n.read()) {
                title.addClassName("rd-unread");
            }
            Span reason = new Span(getTranslation("notifications.reason." + n.reason().name()));
            reason.addClassName("rd-list-value");
            reason.addClassName(n.reason() == vn.reformdesk.notifications.Notification.Reason.OVERDUE ? "rd-status-red" : "rd-status-amber");
            String detail = Formats.date(n.createdOn(), locale) + (n.detail().isEmpty() ? "" : " · " + n.detail())
                    + (n.deadline() == null ? "" : " · " + getTranslation("myunit.deadline", Formats.date(n.deadline(), locale)))
                    + (n.mailed() ? " · " + getTranslation("notifications.mailed") : "");
            Span note = new Span(detail);
            note.addClassName("rd-list-detail");
            row.add(title, reason, note);
            list.add(row);
        }
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        grid.add(new Card(getTranslation("notifications.prefs.title"), form));
        grid.add(new Card(getTranslation("notifications.list.title", Formats.integer(notifications.unread(), locale)), list));
        add(grid);
        notifications.markAllRead();
    }
}
