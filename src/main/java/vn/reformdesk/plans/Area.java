package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

public record Area(long id, String code, String name, @Nullable String nameEn, int sortOrder, boolean active, long version) {
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
