package vn.reformdesk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.units.ui.UnitPicker;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.TextParts;
import vn.reformdesk.base.ui.LanguageSwitch;
import vn.reformdesk.base.ui.PageTitles;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.ui.ValidityNotice;

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
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final SelectionService selections;
    private final UnitService units;
    private final AuthenticationContext authentication;
    private final Div breadcrumb = new Div();
    private final Div drawerTools = new Div();
    private final CurrentUser user;
    private final UserService users;
    /** The units below the shown one, as the pickers offer them (null while the header is empty). */
    private List<UnitRef> shownChildren;
    /** The pickers in the header (wide screens) and in the drawer (phones and tablets), kept in step. */
    private final List<Pickers> pickers = new ArrayList<>();
    private final SideNav nav = new SideNav();
    /** The menu's entries this user may open, found once per layout (finding them checks every route's access). */
    private final List<TextParts.NavItem> menu = new ArrayList<>();
    private String currentPath = "";
    private boolean updating;
    private SelectionService.Resolved current;
    private final ValidityNotice validityNotice;
    /** The page's content inside a {@code main} landmark (screen readers jump to it; the header and menu stay outside). */
    private final Main main = new Main();
    private String pageTitle = PageTitles.APP;

    /** Unit (down), year and period pickers. */
    /** The first year the year picker offers. */
    private static final int FIRST_YEAR = 2016;

    private final class Pickers {
        final ComboBox<UnitRef> down = new ComboBox<>();
        // combo boxes, not selects: a select keeps a server-side component per item (20 periods, 11 years, in the
        // header and in the drawer: half of a page's state), a combo box sends its items only when opened; typing
        // filters them ("quý", "tháng 6", "2019")
        final ComboBox<Integer> year = new ComboBox<>();
        final ComboBox<Period> period = new ComboBox<>();
        /** The earliest year offered (earlier when a page was opened on an earlier year). */
        private int firstYear;
        /** The units the down picker offers, and the period their labels were made for. */
        private List<UnitRef> offered;
        private Period offeredFor;
        /** The year whose periods the period picker offers. */
        private int periodsOfYear;

        Pickers(String place) {
            down.setPlaceholder(getTranslation("shell.go-down"));
            down.setAriaLabel(getTranslation("shell.go-down"));
            // units of the year of a reorganisation carry their validity (old districts and new communes side by side)
            down.setItemLabelGenerator(u -> current == null ? UnitNames.name(u, getLocale())
                    : UnitNames.nameInPeriod(u, current.period(), getLocale()));
            down.addClassNames("down-picker", place + "-down-picker");
            down.setClearButtonVisible(false);
            down.addValueChangeListener(e -> {
                if (!updating && e.getValue() != null) {
                    go(current.selection().withUnit(e.getValue().code()));
                }
            });
            years(FIRST_YEAR);
            year.setItemLabelGenerator(String::valueOf);
            year.setWidth("7.5em");
            year.setClearButtonVisible(false);
            year.setAriaLabel(getTranslation("shell.year"));
            year.addClassNames("year-picker", place + "-year-picker");
            year.addValueChangeListener(e -> {
                if (!updating && e.getValue() == null && current != null) {
                    // an emptied box goes back to the page's year
                    year.setValue(current.period().year());
                } else if (!updating && e.getValue() != null) {
                    Period p = current.period();
                    go(current.selection().withPeriod(new Period(p.type(), e.getValue(), p.index())));
                }
            });
            period.setItemLabelGenerator(p -> PeriodLabels.shortLabel(p, getLocale()));
            period.setWidth("11em");
            period.setClearButtonVisible(false);
            period.setAriaLabel(getTranslation("shell.period"));
            period.addClassNames("period-picker", place + "-period-picker");
            period.addValueChangeListener(e -> {
                if (!updating && e.getValue() == null && current != null) {
                    period.setValue(current.period());
                } else if (!updating && e.getValue() != null) {
                    go(current.selection().withPeriod(e.getValue()));
                }
            });
        }

        void hide() {
            down.setVisible(false);
            year.setVisible(false);
            period.setVisible(false);
        }

        /** The years offered, newest first, from {@code first} to the current year. */
        private void years(int first) {
            firstYear = first;
            year.setItems(IntStream.rangeClosed(first, selections.currentYear()).boxed().sorted((a, b) -> b - a).toList());
        }

        void show(List<UnitRef> children, SelectionService.Resolved sel) {
            // a new list only when it changed, and never into the hidden box: Flow holds a hidden component's calls
            // to the browser until it is shown, so a unit with none below piled up two calls a click
            down.setVisible(!children.isEmpty());
            // (the labels depend on the period too: units of a reorganisation's year carry their validity)
            if (!children.isEmpty() && (!children.equals(offered) || !sel.period().equals(offeredFor))) {
                UnitPicker.setUnits(down, children);
                offered = children;
                offeredFor = sel.period();
            }
            if (down.getValue() != null) {
                down.clear();
            }
            year.setVisible(true);
            period.setVisible(true);
            // a page opened on an earlier year (a link to 2015's national results) offers that year too
            int shown = sel.period().year();
            if (shown < firstYear) {
                years(shown);
            }
            year.setValue(shown);
            if (periodsOfYear != shown) {
                period.setItems(Period.choicesFor(shown));
                periodsOfYear = shown;
            }
            period.setValue(sel.period());
        }
    }

    public MainLayout(SelectionService selections, UnitService units, CurrentUserService currentUser,
                      AuthenticationContext authentication, UserService users, UnitLineageService lineage) {
        this.validityNotice = new ValidityNotice(lineage);
        this.selections = selections;
        this.units = units;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");
        this.user = currentUser.require();
        this.users = users;

        Div brand = TextParts.fill(new Div(), List.of(TextParts.part("app-name", "ReformDesk"),
                TextParts.part("app-subtitle", getTranslation("app.subtitle"))));
        brand.addClassName("brand");

        // phones and tablets: the drawer holds what the header cannot (shown when the drawer is an overlay). Built the
        // first time the layout turns into its overlay: a desktop session never holds a second set of pickers
        drawerTools.addClassName("drawer-tools");
        getElement().addPropertyChangeListener("overlay", e -> {
            if (isOverlay() && drawerTools.getComponentCount() == 0) {
                fillDrawerTools();
            }
        });

        breadcrumb.addClassName("breadcrumb");
        Pickers inHeader = new Pickers("header");
        pickers.add(inHeader);

        HorizontalLayout selectionBar = new HorizontalLayout(breadcrumb, inHeader.down, validityNotice);
        selectionBar.setAlignItems(FlexComponent.Alignment.CENTER);
        selectionBar.addClassName("selection-bar");
        HorizontalLayout right = new HorizontalLayout(inHeader.year, inHeader.period, userLabel(user),
                vn.reformdesk.security.ui.ChangePasswordDialog.button(users), languageSwitch(users, user), logoutButton());
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("header-right");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        HorizontalLayout header = new HorizontalLayout(toggle, selectionBar, right);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(selectionBar);
        header.addClassName("app-header");
        addToNavbar(header);
        // after the header, so that the header's controls come first in the page (desktop tests and screen readers)
        addToDrawer(brand, drawerTools, nav);
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        buildNav();
        showNav(QueryParameters.empty());
        main.addClassName("main-content");
        main.setSizeFull();
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void fillDrawerTools() {
        Pickers inDrawer = new Pickers("drawer");
        pickers.add(inDrawer);
        drawerTools.add(inDrawer.down, new HorizontalLayout(inDrawer.year, inDrawer.period), userLabel(user),
                vn.reformdesk.security.ui.ChangePasswordDialog.button(users), languageSwitch(users, user), logoutButton());
        updating = true;
        try {
            if (current != null && shownChildren != null) {
                inDrawer.show(shownChildren, current);
            } else {
                inDrawer.hide();
            }
        } finally {
            updating = false;
        }
    }

    private Span userLabel(CurrentUser user) {
        Span userName = new Span(user.displayName() + " · " + getTranslation("role." + user.role()));
        userName.addClassName("user-name");
        return userName;
    }

    /** The language switch; the choice is also kept as the user's language for e-mails. */
    private LanguageSwitch languageSwitch(UserService users, CurrentUser user) {
        LanguageSwitch language = new LanguageSwitch();
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                users.setLanguage(user.id(), e.getValue().getLanguage());
            }
        });
        return language;
    }

    private Button logoutButton() {
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        return logout;
    }

    private void buildNav() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String icon = entry.icon() != null && entry.icon().startsWith("vaadin:") ? entry.icon() : null;
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            menu.add(new TextParts.NavItem(getTranslation(entry.title()), path, icon));
        }
    }

    /** The side navigation's entries, each with the page's unit and period (so that a page opens where the user is). */
    private void showNav(QueryParameters query) {
        String q = query.getQueryString();
        TextParts.navItems(nav, q.isEmpty() ? menu
                : menu.stream().map(item -> new TextParts.NavItem(item.label(), item.path() + "?" + q, item.icon())).toList());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        pageTitle = event.getActiveChain().isEmpty() ? PageTitles.APP
                : PageTitles.of(this, event.getActiveChain().getFirst().getClass());
        try {
            current = selections.resolve(event.getLocation().getQueryParameters());
        } catch (RuntimeException e) {
            // the view shows the error (access denied, unknown unit); the header stays empty
            TextParts.fill(breadcrumb, List.of());
            shownChildren = null;
            pickers.forEach(Pickers::hide);
            validityNotice.setVisible(false);
            return;
        }
        updating = true;
        try {
            showBreadcrumb(current.unit());
            validityNotice.show(current.unit(), current.period(), currentPath, current.selection());
            List<UnitRef> children = units.children(current.unit().id(), current.period());
            shownChildren = children;
            pickers.forEach(p -> p.show(children, current));
            QueryParameters query = current.selection().toQuery();
            showNav(query);
        } finally {
            updating = false;
        }
    }

    private void showBreadcrumb(UnitRef unit) {
        List<TextParts.Part> parts = new ArrayList<>();
        for (UnitRef step : units.pathOf(unit)) {
            if (!parts.isEmpty()) {
                parts.add(TextParts.part("separator", "›"));
            }
            String label = UnitNames.name(step, getLocale());
            if (step.id() == unit.id() || !units.canRead(step)) {
                parts.add(TextParts.part(step.id() == unit.id() ? "current" : "ancestor", label));
            } else {
                parts.add(TextParts.link("ancestor-link", label, currentPath + "?" + current.selection().withUnit(step.code()).toQuery().getQueryString()));
            }
        }
        TextParts.fill(breadcrumb, parts);
    }

    private void go(Selection selection) {
        UI.getCurrent().navigate(currentPath, selection.toQuery());
    }
}
