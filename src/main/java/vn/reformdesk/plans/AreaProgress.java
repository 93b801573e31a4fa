package vn.reformdesk.plans;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;
import java.util.Locale;
import vn.reformdesk.base.Formats;

public record AreaProgress(long areaId, String code, String name, @Nullable String nameEn, long done, long total, long overdue) {
    public String label(Locale locale) {
        return AppLocales.name(name, nameEn, locale);
    }

    public @Nullable Double percent() {
        return Formats.share(done, total);
    }
}
