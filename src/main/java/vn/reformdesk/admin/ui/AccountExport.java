package vn.reformdesk.admin.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The accounts table as the page shows it (units by name), for Excel. */
final class AccountExport {

    private AccountExport() {
    }

    static TableWorkbook.Table accounts(UserService users, UnitService units, LocalDate asOf, Locale locale) {
        return new TableWorkbook.Table(AppI18NProvider.text("admin.users.nav", locale),
                List.of(AppI18NProvider.text("admin.users.title", locale),
                        AppI18NProvider.text("admin.users.excel.as-of", locale, Formats.date(asOf, locale))),
                List.of(AppI18NProvider.text("admin.users.username", locale), AppI18NProvider.text("admin.users.name", locale),
                        AppI18NProvider.text("admin.users.role", locale), AppI18NProvider.text("admin.users.unit", locale),
                        AppI18NProvider.text("admin.users.enabled", locale)),
                users.list().stream().<List<?>>map(u -> Arrays.asList(u.username(), u.displayName(),
                        AppI18NProvider.text("role." + u.role(), locale),
                        u.unitId() == null ? "" : UnitNames.name(units.get(u.unitId()), locale),
                        AppI18NProvider.text(u.enabled() ? "admin.users.excel.active" : "admin.users.excel.disabled", locale))).toList());
    }
}
