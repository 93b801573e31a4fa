package vn.reformdesk.audit.ui;

import vn.reformdesk.audit.AuditEvent;
import vn.reformdesk.audit.AuditFilter;
import vn.reformdesk.audit.AuditQueries;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail under the page's search as Excel, newest first, at most {@link #LIMIT} events (the header says when
 * the search found more, so a cut list is never mistaken for the whole).
 */
final class AuditExport {

    static final int LIMIT = 50_000;

    private AuditExport() {
    }

    static TableWorkbook.Table events(AuditQueries audit, AuditFilter filter, Instant now, Locale locale) {
        int count = audit.count(filter);
        List<String> head = new java.util.ArrayList<>(List.of(t("audit.title", locale), t("audit.count", locale, count),
                t("audit.excel.made", locale, Formats.dateTime(now.atZone(ReportingClock.ZONE).toLocalDateTime(), locale))));
        if (count > LIMIT) {
            head.add(t("audit.excel.limit", locale, Formats.integer(LIMIT, locale)));
        }
        return new TableWorkbook.Table(t("audit.nav", locale), head,
                List.of(t("audit.col.at", locale), t("audit.col.user", locale), t("audit.col.address", locale), t("audit.col.kind", locale),
                        t("audit.col.unit", locale), t("audit.col.input", locale), t("audit.col.changes", locale)),
                audit.search(filter, 0, Math.min(count, LIMIT)).stream().<List<?>>map(e -> java.util.Arrays.asList(
                        Formats.dateTime(e.at().atZone(ReportingClock.ZONE).toLocalDateTime(), locale), e.username(), e.address(), e.kind(),
                        e.unitLabel(locale), e.input(), e.changes())).toList());
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
