package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Period;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month calendar of the inspections of the selected unit's subtree, built from plain Divs in a CSS grid
 * (Monday first). Inspections planned for a month without a day are listed above the grid. Filters: type, status.
 */
@Route("inspections/calendar")
@PageTitle("ReformDesk")
@PermitAll
class InspectionsCalendarView extends InspectionsPage {

    private final UnitService units;
    private YearMonth month;
    private final Div calendar = new Div();
    private final Span monthLabel = new Span();
    private InspectionFilters filters;

    private final InspectionCommands commands;

    InspectionsCalendarView(SelectionService selections, InspectionQueries service, InspectionCommands commands, CurrentUserService users, vn.reformdesk.base.ReportingClock clock, UnitService units) {
        super(selections, service, users, clock);
        this.commands = commands;
        this.units = units;
        addClassName("inspections-calendar");
    }

    @Override
    protected void show() {
        Period period = selection.period();
        if (month == null || !period.contains(month.atDay(1))) {
            YearMonth now = clock.currentMonth();
            month = period.contains(now.atDay(1)) ? now : YearMonth.from(period.start());
        }
        Locale locale = getLocale();
        filters = new InspectionFilters(locale, this::fill);
        Button prev = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> {
            month = month.minusMonths(1);
            fill();
        });
        prev.setAriaLabel(getTranslation("inspections.calendar.previous"));
        prev.setId("calendar-prev");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> {
            month = month.plusMonths(1);
            fill();
        });
        next.setAriaLabel(getTranslation("inspections.calendar.next"));
        next.setId("calendar-next");
        prev.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        monthLabel.addClassName("insp-month-label");
        monthLabel.setId("calendar-month");
        HorizontalLayout nav = new HorizontalLayout(prev, monthLabel, next);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        Map<String, vn.reformdesk.inspections.Topic> topics = service.topics().stream()
                .collect(Collectors.toMap(vn.reformdesk.inspections.Topic::code, java.util.function.Function.identity()));
        // the month and filters shown when clicked
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("inspections.excel"), "lich-kiem-tra-" + selection.unit().code(),
                () -> List.of(InspectionExport.calendar(service, filters.apply(InspectionFilter.of(selection.unit().id(),
                        Period.month(month.getYear(), month.getMonthValue()))), month, topics, selection, locale)));
        HorizontalLayout bar = new HorizontalLayout(nav, filters, excel);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWidthFull();
        calendar.addClassName("insp-calendar-wrap");
        calendar.setWidthFull();
        add(bar, calendar);
        fill();
    }

    private void fill() {
        Locale locale = getLocale();
        monthLabel.setText(getTranslation("inspections.month-of", String.valueOf(month.getMonthValue()), String.valueOf(month.getYear())));
        calendar.removeAll();
        InspectionFilter filter = filters.apply(InspectionFilter.of(selection.unit().id(), Period.month(month.getYear(), month.getMonthValue())));
        List<Inspection> items = service.calendar(filter);
        List<Inspection> undated = items.stream().filter(i -> i.day() == null).toList();
        Map<LocalDate, List<Inspection>> byDay = items.stream().filter(i -> i.day() != null)
                .collect(Collectors.groupingBy(Inspection::calendarDay));
        if (!undated.isEmpty()) {
            Div strip = new Div();
            strip.addClassName("insp-undated");
            strip.add(new Span(getTranslation("inspections.calendar.undated")));
            undated.forEach(i -> strip.add(entry(i, locale)));
            calendar.add(strip);
        }
        Div grid = new Div();
        grid.addClassName("insp-calendar");
        grid.setId("inspections-calendar");
        for (int d = 1; d <= 7; d++) {
            Div head = new Div(new Span(getTranslation("inspections.weekday." + d)));
            head.addClassName("insp-weekday");
            grid.add(head);
        }
        LocalDate first = month.atDay(1);
        int offset = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < offset; i++) {
            Div blank = new Div();
            blank.addClassNames("insp-day", "insp-day-blank");
            grid.add(blank);
        }
        LocalDate today = clock.today();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            Div cell = new Div();
            cell.addClassName("insp-day");
            if (date.getDayOfWeek().getValue() >= 6) {
                cell.addClassName("insp-weekend");
            }
            if (date.equals(today)) {
                cell.addClassName("insp-today");
            }
            Span number = new Span(Integer.toString(day));
            number.addClassName("insp-day-number");
            cell.add(number);
            byDay.getOrDefault(date, List.of()).forEach(i -> cell.add(entry(i, locale)));
            grid.add(cell);
        }
        calendar.add(grid);
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("inspections.calendar.none"));
            none.addClassName("rd-note");
            calendar.add(none);
        }
    }

    private Div entry(Inspection i, Locale locale) {
        Div e = new Div(new Span(UnitNames.name(i.target(), locale)));
        e.addClassNames("insp-entry", "insp-" + i.status().name().toLowerCase(Locale.ROOT), "insp-" + i.type().name().toLowerCase(Locale.ROOT));
        e.getElement().setAttribute("title", InspectionTexts.type(i.type(), locale) + " · " + InspectionTexts.status(i.status(), locale)
                + " · " + i.teamLead());
        e.addClickListener(ev -> InspectionDialog.open(service, commands, units, clock.today(), i.id(), mayWrite, this::fill).open());
        return e;
    }
}
