package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionStatus;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.inspections.InvalidInspectionException;
import vn.reformdesk.inspections.RecommendationState;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.inspections.Warning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Labels, badges and localized messages of the inspection pages. */
final class InspectionTexts {

    /** A recommendation's field in a problem: its row (from 1) and, where given, the field of the row. */
    static final Pattern REC_FIELD = Pattern.compile("recommendations\\[(\\d+)](?:\\.(\\w+))?");

    private InspectionTexts() {
    }

    static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }

    static String type(InspectionType type, Locale locale) {
        return t("inspections.type." + type.name(), locale);
    }

    static String status(InspectionStatus status, Locale locale) {
        return t("inspections.status." + status.name(), locale);
    }

    static String topic(String code, Map<String, Topic> topics, Locale locale) {
        Topic topic = topics.get(code);
        return topic == null ? code : topic.label(locale);
    }

    static String month(Inspection i, Locale locale) {
        return t("inspections.month-of", locale, String.valueOf(i.plannedMonth()), String.valueOf(i.planYear()));
    }

    static String when(Inspection i, Locale locale) {
        LocalDate day = i.day();
        return day != null ? Formats.date(day, locale) : month(i, locale);
    }

    static Span statusBadge(InspectionStatus status, Locale locale) {
        Span badge = new Span(status(status, locale));
        badge.addClassNames("rd-badge", switch (status) {
            case DONE -> "green";
            case POSTPONED -> "amber";
            case CANCELLED -> "grey";
            case PLANNED -> "blue";
        });
        return badge;
    }

    static Span stateBadge(RecommendationState state, long daysOverdue, Locale locale) {
        String text = state == RecommendationState.OVERDUE
                ? t("inspections.state.OVERDUE.days", locale, Formats.integer(daysOverdue, locale))
                : t("inspections.state." + state.name(), locale);
        Span badge = new Span(text);
        badge.addClassNames("rd-badge", switch (state) {
            case OVERDUE -> "red";
            case OPEN -> "amber";
            case DONE_ON_TIME -> "green";
            case DONE_LATE -> "grey";
        });
        return badge;
    }

    static String share(Double share, Locale locale) {
        return share == null ? "–" : Formats.percent(share, locale);
    }

    /** Message arguments as text: dates as dd/MM/yyyy, numbers without grouping (years, row numbers). */
    static Object[] args(List<Object> args, Locale locale) {
        return args.stream().map(a -> a instanceof LocalDate d ? Formats.date(d, locale) : String.valueOf(a)).toArray();
    }

    /** The problem's message alone, for the field it names. */
    static String problemMessage(InvalidInspectionException.Problem p, Locale locale) {
        return t("inspections.error." + p.key(), locale, args(p.args(), locale));
    }

    static String problem(InvalidInspectionException.Problem p, Locale locale) {
        String message = problemMessage(p, locale);
        Matcher m = REC_FIELD.matcher(p.field());
        String field;
        if (m.matches()) {
            field = t("inspections.field.recommendation", locale, m.group(1))
                    + (m.group(2) == null ? "" : " – " + t("inspections.field." + m.group(2), locale));
        } else {
            field = t("inspections.field." + p.field(), locale);
        }
        return field + ": " + message;
    }

    static String warning(Warning w, Locale locale) {
        return t("inspections.warning." + w.key(), locale, args(w.args(), locale));
    }

    /** A date picker writing dd/MM/yyyy in both languages, like every date on screen. */
    static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        return picker;
    }
}
