package vn.reformdesk.directives.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.Tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's page as Excel: the directives of this meeting, then those of the previous meeting with how many are done,
 * each under the header of its meeting (title, the committee's unit, date, chair, minutes number) and the day the
 * statuses are taken on; the same day and figures as the page.
 */
final class MeetingExport {

    private MeetingExport() {
    }

    static List<TableWorkbook.Table> tables(DirectiveQueries queries, Meeting m, LocalDate today, Locale locale) {
        List<TableWorkbook.Table> tables = new ArrayList<>();
        // the page shows a meeting's own directives as of its day until it has been held
        LocalDate ownAsOf = today.isBefore(m.heldOn()) ? m.heldOn() : today;
        tables.add(DirectiveGrid.table(t("directives.meeting.directives", locale), head(m, ownAsOf, null, locale),
                queries.directives(m.id(), ownAsOf), locale));
        queries.previous(m).ifPresent(p -> {
            Tally tally = queries.tally(p.id(), today);
            String tallyLine = t("directives.meeting.previous", locale, p.title(), Formats.date(p.heldOn(), locale), tally.done(), tally.total());
            tables.add(DirectiveGrid.table(t("directives.meeting.excel.previous-sheet", locale), head(p, today, tallyLine, locale),
                    queries.directives(p.id(), today), locale));
        });
        return tables;
    }

    private static List<String> head(Meeting m, LocalDate asOf, @org.jspecify.annotations.Nullable String extra, Locale locale) {
        List<String> lines = new ArrayList<>(List.of(t("directives.meeting.excel.head", locale, m.title(), m.unitName(), m.unitCode()),
                t("directives.meeting.line", locale, Formats.date(m.heldOn(), locale), m.chair(), m.minutesNumber().isBlank() ? "–" : m.minutesNumber()),
                t("directives.as-of", locale, Formats.date(asOf, locale))));
        if (extra != null) {
            lines.add(extra);
        }
        return lines;
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
