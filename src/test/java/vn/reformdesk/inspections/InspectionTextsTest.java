package vn.reformdesk.inspections;

import org.junit.jupiter.api.Test;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys built at run time (enum labels, error and warning keys of the service) exist in both languages. */
class InspectionTextsTest {

    @Test
    void everyLabelErrorAndWarningHasATextInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (InspectionType t : InspectionType.values()) {
            keys.add("inspections.type." + t);
        }
        for (InspectionStatus s : InspectionStatus.values()) {
            keys.add("inspections.status." + s);
        }
        for (RecommendationState s : RecommendationState.values()) {
            keys.add("inspections.state." + s);
        }
        for (int d = 1; d <= 7; d++) {
            keys.add("inspections.weekday." + d);
        }
        Pattern problem = Pattern.compile("Problem\\(\\s*(?:\"([\\w.]+)\"|[^,]+),\\s*\"([a-z-]+)\"");
        Pattern warning = Pattern.compile("new Warning\\(\"([a-z-]+)\"");
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/reformdesk/inspections"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = problem.matcher(src);
                while (m.find()) {
                    keys.add("inspections.error." + m.group(2));
                    if (m.group(1) != null) {
                        fields.add(m.group(1));
                    }
                }
                Matcher w = warning.matcher(src);
                while (w.find()) {
                    keys.add("inspections.warning." + w.group(1));
                }
            }
        }
        fields.forEach(f -> keys.add("inspections.field." + f));
        keys.addAll(Set.of("inspections.field.text", "inspections.field.deadline", "inspections.field.responsible"));
        assertThat(keys).hasSizeGreaterThan(40);
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            for (var locale : AppLocales.ALL) {
                if (AppI18NProvider.text(key, locale).startsWith("!")) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
