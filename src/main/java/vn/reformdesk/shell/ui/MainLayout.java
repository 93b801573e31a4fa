package vn.reformdesk.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.LanguageSwitch;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.ui.ValidityNotice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The frame of every page: the side navigation (only the views the user's role may open), and a header
 * with the unit breadcrumb (click to go up), a picker to go down, the period, the user, the language and
 * logout. Changing unit or period re-opens the current page with the new selection in the URL.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SelectionService selections;
    private final UnitService units;
    private final AuthenticationContext authentication;
    private final Div breadcrumb = new Div();
    private final ComboBox<UnitRef> downPicker = new ComboBox<>();
    private final Select<Integer> yearPicker = new Select<>();
    private final Select<Period> periodPicker = new Select<>();
    private final SideNav nav = new SideNav();
    private String currentPath = "";
    private boolean updating;
    private SelectionService.Resolved current;
    private final ValidityNotice validityNotice;

    public MainLayout(SelectionService selections, UnitService units, CurrentUserService currentUser,
                      AuthenticationContext authentication, vn.reformdesk.security.UserService users,
                      UnitLineageService lineage) {
        this.validityNotice = new ValidityNotice(lineage);
        this.selections = selections;
        this.units = units;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span appName = new Span("ReformDesk");
        appName.addClassName("app-name");
        Span appSubtitle = new Span(getTranslation("app.subtitle"));
        appSubtitle.addClassName("app-subtitle");
        Div brand = new Div(appName, appSubtitle);
        brand.addClassName("brand");
        addToDrawer(brand, nav);

        breadcrumb.addClassName("breadcrumb");
        downPicker.setPlaceholder(getTranslation("shell.go-down"));
        downPicker.setItemLabelGenerator(u -> current == null ? UnitNames.name(u, getLocale())
                : UnitNames.nameInPeriod(u, current.period(), getLocale()));
        downPicker.addClassName("down-picker");
        downPicker.setClearButtonVisible(false);
        downPicker.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                go(current.selection().withUnit(e.getValue().code()));
            }
        });
        int thisYear = LocalDate.now().getYear();
        yearPicker.setItems(IntStream.rangeClosed(2016, thisYear).boxed().sorted((a, b) -> b - a).toList());
        yearPicker.setItemLabelGenerator(String::valueOf);
        yearPicker.setWidth("6.5em");
        yearPicker.setAriaLabel(getTranslation("shell.year"));
        yearPicker.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                Period p = current.period();
                go(current.selection().withPeriod(new Period(p.type(), e.getValue(), p.index())));
            }
        });
        periodPicker.setItemLabelGenerator(p -> PeriodLabels.shortLabel(p, getLocale()));
        periodPicker.setWidth("11em");
        periodPicker.setAriaLabel(getTranslation("shell.period"));
        periodPicker.addClassName("period-picker");
        periodPicker.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                go(current.selection().withPeriod(e.getValue()));
            }
        });

        CurrentUser user = currentUser.require();
        Span userName = new Span(user.displayName() + " · " + getTranslation("role." + user.role()));
        userName.addClassName("user-name");
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");

        HorizontalLayout selectionBar = new HorizontalLayout(breadcrumb, downPicker, validityNotice);
        selectionBar.setAlignItems(FlexComponent.Alignment.CENTER);
        selectionBar.addClassName("selection-bar");
        HorizontalLayout right = new HorizontalLayout(yearPicker, periodPicker, userName,
                vn.reformdesk.security.ui.ChangePasswordDialog.button(users), new LanguageSwitch(), logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("header-right");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), selectionBar, right);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(selectionBar);
        header.addClassName("app-header");
        addToNavbar(header);
        buildNav();
    }

    private void buildNav() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        try {
            current = selections.resolve(event.getLocation().getQueryParameters());
        } catch (RuntimeException e) {
            // the view shows the error (access denied, unknown unit); the header stays empty
            breadcrumb.removeAll();
            downPicker.setVisible(false);
            validityNotice.setVisible(false);
            yearPicker.setVisible(false);
            periodPicker.setVisible(false);
            return;
        }
        yearPicker.setVisible(true);
        periodPicker.setVisible(true);
        updating = true;
        try {
            showBreadcrumb(current.unit());
            validityNotice.show(current.unit(), current.period(), currentPath, current.selection());
            List<UnitRef> children = units.children(current.unit().id(), current.period());
            downPicker.setItems(children);
            downPicker.clear();
            downPicker.setVisible(!children.isEmpty());
            yearPicker.setValue(current.period().year());
            periodPicker.setItems(Period.choicesFor(current.period().year()));
            periodPicker.setValue(current.period());
            QueryParameters query = current.selection().toQuery();
            nav.getItems().forEach(item -> item.setQueryParameters(query));
        } finally {
            updating = false;
        }
    }

    private void showBreadcrumb(UnitRef unit) {
        breadcrumb.removeAll();
        List<Component> parts = new ArrayList<>();
        for (UnitRef step : units.pathOf(unit)) {
            if (!parts.isEmpty()) {
                parts.add(new Span("›"));
            }
            String label = UnitNames.name(step, getLocale());
            if (step.id() == unit.id() || !units.canRead(step)) {
                Span span = new Span(label);
                span.addClassName(step.id() == unit.id() ? "current" : "ancestor");
                parts.add(span);
            } else {
                QueryParameters query = current.selection().withUnit(step.code()).toQuery();
                Anchor link = new Anchor(currentPath + "?" + query.getQueryString(), label);
                link.getElement().setAttribute("router-link", true);
                parts.add(link);
            }
        }
        parts.forEach(breadcrumb::add);
    }

    private void go(Selection selection) {
        UI.getCurrent().navigate(currentPath, selection.toQuery());
    }
}
