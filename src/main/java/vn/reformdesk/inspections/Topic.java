package vn.reformdesk.inspections;

import java.util.Locale;

/** What an inspection looks at (one-stop desk, plan execution, discipline, …); topics are data. */
public record Topic(String code, String name, String nameEn) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
