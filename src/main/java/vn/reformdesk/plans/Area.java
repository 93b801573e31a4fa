package vn.reformdesk.plans;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;
import java.util.Locale;

public record Area(long id, String code, String name, @Nullable String nameEn, int sortOrder, boolean active, long version) {
    public String label(Locale locale) {
        return AppLocales.name(name, nameEn, locale);
    }
}
