package vn.reformdesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One styling mechanism: the application stylesheet {@code META-INF/resources/styles.css}, loaded once by
 * {@code @StyleSheet} on {@link Application}; Java gives components class names. Inline styles stay only for
 * values computed per row or figure, listed here (see docs/decisions/2026-11-30-one-stylesheet.md).
 */
class StylingRulesTest {

    /**
     * The only inline styles in Java: a file and how many it may set, and why. One is a {@code getStyle()} call or a
     * grid template's style bound to a row's value ({@code style="...${item.x}"}).
     */
    private static final Map<String, Integer> DYNAMIC_INLINE_STYLES = Map.of(
            "vn/reformdesk/plans/ui/PlansView.java", 1,        // the progress bar's fill: width = share of tasks done
            "vn/reformdesk/rankings/ui/RankingsView.java", 1); // the heat-map cell: colour continuous in the share of points

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path STATIC = Path.of("src/main/resources/META-INF/resources");
    private static final Pattern GET_STYLE = Pattern.compile("getStyle\\(\\)|style=\\\\\"[^\"]*\\$\\{item\\.");

    @Test
    void javaSetsInlineStylesOnlyForTheListedDynamicValues() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        for (Path file : javaFiles()) {
            Matcher m = GET_STYLE.matcher(Files.readString(file));
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                found.put(JAVA.relativize(file).toString().replace('\\', '/'), n);
            }
        }
        assertThat(found).as("inline styles per file: use addClassName and a rule in styles.css")
                .isEqualTo(new TreeMap<>(DYNAMIC_INLINE_STYLES));
    }

    @Test
    void noPageWritesItsOwnStyleElementOrLoadsAStylesheetOfItsOwn() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = Files.readString(file);
            String name = JAVA.relativize(file).toString().replace('\\', '/');
            String withoutBoundStyles = text.replaceAll("style=\\\\\"[^\"]*\\$\\{item\\.", "");
            if (text.contains("<style") || withoutBoundStyles.contains("style=\\\"") || text.contains("setAttribute(\"style\"")) {
                offenders.add(name + ": inline <style> or style attribute");
            }
            if ((text.contains("@StyleSheet") || text.contains("@CssImport") || text.contains("addStyleSheet("))
                    && !name.equals("vn/reformdesk/Application.java")) {
                offenders.add(name + ": a stylesheet of its own");
            }
        }
        assertThat(offenders).isEmpty();
        try (Stream<Path> css = Files.walk(STATIC)) {
            assertThat(css.filter(p -> p.toString().endsWith(".css")).map(p -> STATIC.relativize(p).toString()))
                    .as("the one application stylesheet").containsExactly("styles.css");
        }
        assertThat(Files.readString(JAVA.resolve("vn/reformdesk/Application.java"))).contains("@StyleSheet(\"styles.css\")");
    }

    @Test
    void theStylesheetKeepsItsPrintRules() throws IOException {
        String css = Files.readString(STATIC.resolve("styles.css"));
        assertThat(css).contains("@media print").contains("@page");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
