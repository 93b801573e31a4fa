package vn.reformdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.units.ui.UnitPicker;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.admin.AccountSuccessionService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;
import java.util.Locale;

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

    private final AccountSuccessionService succession;
    private final Grid<AccountSuccessionService.Proposal> abolished = new Grid<>();
    private final Button repoint = new Button();

    UsersView(UserService users, UnitService units, SelectionService selections, CurrentUserService currentUser,
              AccountSuccessionService succession, vn.reformdesk.base.ReportingClock clock) {
        this.succession = succession;
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
        grid.addComponentColumn(u -> {
            Button reset = new Button(VaadinIcon.KEY.create(), e -> openResetDialog(u));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reset.setTooltipText(getTranslation("security.password.reset"));
            reset.setAriaLabel(getTranslation("security.password.reset"));
            reset.setId("user-reset-" + u.username());
            Button role = new Button(VaadinIcon.USER_CHECK.create(), e -> openRoleDialog(u));
            role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            role.setTooltipText(getTranslation("security.account.change-role"));
            role.setAriaLabel(getTranslation("security.account.change-role"));
            role.setId("user-role-" + u.username());
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(reset, role);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setId("users-grid");
        grid.setSizeFull();
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("admin.users.excel"), "tai-khoan",
                () -> List.of(AccountExport.accounts(users, units, clock.today(), getLocale())));
        add(new H1(getTranslation("admin.users.title")), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(add, excel), grid);
        addAbolishedUnitAccounts();
        refresh();
    }

    /** Accounts tied to units abolished by a reorganisation, with the successor proposed, re-pointed in one step. */
    private void addAbolishedUnitAccounts() {
        abolished.addColumn(AccountSuccessionService.Proposal::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        abolished.addColumn(p -> UnitNames.name(p.unit(), getLocale()) + " (" + p.unit().code() + ", "
                + getTranslation("units.valid.until", vn.reformdesk.base.Formats.date(p.unit().validTo(), getLocale())) + ")")
                .setHeader(getTranslation("admin.users.unit")).setFlexGrow(2);
        abolished.addColumn(p -> p.proposed() == null ? "—" : UnitNames.name(p.proposed(), getLocale()) + " (" + p.proposed().code() + ")")
                .setHeader(getTranslation("units.repoint.proposed")).setFlexGrow(2);
        abolished.setAllRowsVisible(true);
        abolished.setId("abolished-unit-accounts");
        repoint.setText(getTranslation("units.repoint.apply"));
        repoint.setId("repoint-accounts");
        repoint.addClickListener(e -> {
            int moved = succession.repoint(succession.accountsOnAbolishedUnits());
            refresh();
            Notification.show(getTranslation("units.repoint.done", moved), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(new com.vaadin.flow.component.html.H3(getTranslation("units.repoint.title")), abolished, repoint);
    }

    private void refresh() {
        grid.setItems(users.list());
        List<AccountSuccessionService.Proposal> proposals = succession.accountsOnAbolishedUnits();
        abolished.setItems(proposals);
        repoint.setEnabled(proposals.stream().anyMatch(p -> p.proposed() != null));
    }

    /** The administrator sets a new password, e.g. after a forgotten one; the account's sessions end. */
    private void openResetDialog(UserService.UserSummary u) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.password.reset") + ": " + u.username());
        PasswordField password = new PasswordField(getTranslation("security.password.new"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("security.password.help", users.passwordMinLength()));
        password.setWidthFull();
        BeanValidationBinder<PasswordResetForm> binder = new BeanValidationBinder<>(PasswordResetForm.class);
        Forms.bind(binder, password, "password", locale);
        dialog.add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            PasswordResetForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                users.resetPassword(u.id(), f.password());
                dialog.close();
                Notification.show(getTranslation("security.password.reset-done", u.username()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    Notification.show(ex.message(locale), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** The administrator changes an account's role and unit; the account's sessions end. */
    private void openRoleDialog(UserService.UserSummary u) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.account.change-role") + ": " + u.username());
        ComboBox<String> role = new ComboBox<>(getTranslation("admin.users.role"),
                List.of(Roles.ADMIN, Roles.CHAIR, Roles.SECRETARIAT, Roles.UNIT_LEADER));
        role.setId("role-role");
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        ComboBox<UnitRef> unit = new ComboBox<>(getTranslation("admin.users.unit"));
        unit.setId("role-unit");
        var period = selections.defaultPeriod();
        UnitPicker.setSearch(unit, (typed, limit) -> units.search(typed, period, limit));
        unit.setItemLabelGenerator(x -> UnitNames.name(x, locale) + " (" + x.code() + ")");
        BeanValidationBinder<RoleForm> binder = new BeanValidationBinder<>(RoleForm.class);
        Forms.bind(binder, role, "role", locale);
        Forms.bind(binder, unit, "unit", locale);
        role.setValue(u.role());
        if (u.unitId() != null) {
            unit.setValue(units.get(u.unitId()));
        }
        unit.setEnabled(Roles.UNIT_LEADER.equals(u.role()));
        role.addValueChangeListener(e -> unit.setEnabled(Roles.UNIT_LEADER.equals(e.getValue())));
        dialog.add(new FormLayout(role, unit));
        Button save = new Button(getTranslation("action.save"), e -> {
            RoleForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                boolean leader = Roles.UNIT_LEADER.equals(f.role());
                users.changeRole(u.id(), f.role(), leader && f.unit() != null ? f.unit().id() : null);
                dialog.close();
                refresh();
                Notification.show(getTranslation("security.account.role-changed", u.username()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    Notification.show(ex.message(locale), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.add"));
        NewAccountFields form = new NewAccountFields(getLocale());
        var period = selections.defaultPeriod();
        UnitPicker.setSearch(form.unit, (typed, limit) -> units.search(typed, period, limit));
        form.unit.setItemLabelGenerator(u -> UnitNames.name(u, getLocale()) + " (" + u.code() + ")");
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> form.value().ifPresent(account -> {
            try {
                users.create(account.username(), account.password(), account.displayName(), account.role(),
                        account.unit() == null ? null : account.unit().id());
                dialog.close();
                refresh();
                Notification.show(getTranslation("admin.users.created", account.username()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                if (!form.show(ex)) {
                    Notification.show(ex.message(getLocale()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        }));
        save.setId("new-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
