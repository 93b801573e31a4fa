package vn.reformdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;

/** Accounts: who may sign in, with which role and, for leaders, which unit. */
@Route("admin/users")
@PageTitle("ReformDesk")
@Menu(order = 95, title = "admin.users.nav", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private final UserService users;
    private final UnitService units;
    private final SelectionService selections;
    private final CurrentUserService currentUser;
    private final Grid<UserService.UserSummary> grid = new Grid<>();

    UsersView(UserService users, UnitService units, SelectionService selections, CurrentUserService currentUser) {
        this.users = users;
        this.units = units;
        this.selections = selections;
        this.currentUser = currentUser;
        addClassName("users-view");
        setSizeFull();
        Button add = new Button(getTranslation("admin.users.add"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        grid.addColumn(UserService.UserSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(UserService.UserSummary::displayName).setHeader(getTranslation("admin.users.name")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role())).setHeader(getTranslation("admin.users.role")).setAutoWidth(true);
        grid.addColumn(u -> u.unitId() == null ? "" : UnitNames.name(units.get(u.unitId()), getLocale()))
                .setHeader(getTranslation("admin.users.unit")).setFlexGrow(2);
        grid.addComponentColumn(u -> {
            Button toggle = new Button(getTranslation(u.enabled() ? "admin.users.disable" : "admin.users.enable"), e -> {
                users.setEnabled(u.id(), !u.enabled(), currentUser.require().username());
                refresh();
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, u.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            return toggle;
        }).setHeader(getTranslation("admin.users.enabled")).setAutoWidth(true);
        grid.setSizeFull();
        add(new H2(getTranslation("admin.users.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.add"));
        TextField username = new TextField(getTranslation("admin.users.username"));
        TextField name = new TextField(getTranslation("admin.users.name"));
        PasswordField password = new PasswordField(getTranslation("admin.users.password"));
        password.setHelperText(getTranslation("admin.users.password.help"));
        ComboBox<String> role = new ComboBox<>(getTranslation("admin.users.role"),
                List.of(Roles.ADMIN, Roles.CHAIR, Roles.SECRETARIAT, Roles.UNIT_LEADER, Roles.APPRAISER));
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        ComboBox<UnitRef> unit = new ComboBox<>(getTranslation("admin.users.unit"));
        var period = selections.defaultPeriod();
        unit.setItems(query -> units.search(query.getFilter().orElse(""), period, query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        unit.setItemLabelGenerator(u -> UnitNames.name(u, getLocale()) + " (" + u.code() + ")");
        unit.setHelperText(getTranslation("admin.users.unit.help"));
        unit.setEnabled(false);
        role.addValueChangeListener(e -> unit.setEnabled(Roles.UNIT_LEADER.equals(e.getValue())));
        FormLayout form = new FormLayout(username, name, password, role, unit);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (username.isEmpty() || name.isEmpty() || role.isEmpty()) {
                    throw new IllegalArgumentException(getTranslation("admin.users.required"));
                }
                users.create(username.getValue().trim(), password.getValue(), name.getValue().trim(), role.getValue(),
                        Roles.UNIT_LEADER.equals(role.getValue()) && unit.getValue() != null ? unit.getValue().id() : null);
                dialog.close();
                refresh();
                Notification.show(getTranslation("admin.users.created", username.getValue()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
