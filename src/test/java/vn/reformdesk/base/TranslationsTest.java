package vn.reformdesk.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Vietnamese and English, and every key the code uses exists. */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path vi : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties")).toList()) {
                Path en = Path.of(vi.toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle for " + vi.getFileName()).exists();
                assertThat(load(en).stringPropertyNames()).as("keys of " + en.getFileName())
                        .containsExactlyInAnyOrderElementsOf(load(vi).stringPropertyNames());
            }
        }
    }

    @Test
    void everyApostropheIsDoubledForMessageFormat() throws IOException {
        // every text goes through MessageFormat: a lone ' is swallowed ("the committee's" shows "the committees")
        // and hides the {0} that follows it, so an apostrophe is written ''
        List<String> lone = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties p = load(bundle);
                for (String key : p.stringPropertyNames()) {
                    if (p.getProperty(key).matches("(?s).*(?<!')'(?!').*")) {
                        lone.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(lone).isEmpty();
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        AppI18NProvider provider = new AppI18NProvider();
        Pattern call = Pattern.compile("(?:getTranslation|AppI18NProvider\\.text|I18n\\.t|\\btr)\\(\\s*\"([a-z0-9][\\w.-]*)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher m = call.matcher(Files.readString(source));
            while (m.find()) {
                for (var locale : AppLocales.ALL) {
                    if (provider.getTranslation(m.group(1), locale).startsWith("!")) {
                        missing.add(m.group(1) + " (" + locale + ", " + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Services never write a user's text: an error shown to users is a key of the bundles (with arguments), in a
     * {@code UserFacingException} or a {@code RowError}, and the key exists in both languages. A message typed in
     * the code (English that Vietnamese users would see as it is) fails here.
     */
    @Test
    void userFacingErrorsAreKeysNeverTextsTypedInTheCode() throws IOException {
        Pattern untranslated = Pattern.compile("new RowError\\(|(?<![A-Za-z])RowError\\.of\\(|ImportRejectedException\\.of\\(");
        Pattern keyed = Pattern.compile("(?:new UserFacingException\\(|UserFacingException\\.onField\\(\\s*\"[^\"]*\"\\s*,"
                + "|ImportRejectedException\\.localized\\(|RowError\\.ofFile\\(|RowError\\.localized\\([^\"]*?,\\s*\"[^\"]*\"\\s*,)"
                + "\\s*\"([^\"]*)\"");
        Path root = Path.of("src/main/java/vn/reformdesk");
        AppI18NProvider provider = new AppI18NProvider();
        List<String> problems = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("base/RowError.java") && !f.endsWith("base/ImportRejectedException.java"))
                    .forEach(sources::add);
        }
        int keys = 0;
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher u = untranslated.matcher(text);
            while (u.find()) {
                problems.add(root.relativize(source) + ": " + u.group() + " takes a text; use RowError.localized / ImportRejectedException.localized");
            }
            Matcher k = keyed.matcher(text);
            while (k.find()) {
                keys++;
                String key = k.group(1);
                if (!key.matches("[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)+")) {
                    problems.add(root.relativize(source) + ": \"" + key + "\" is a text, not a key");
                    continue;
                }
                for (var locale : AppLocales.ALL) {
                    if (provider.getTranslation(key, locale).startsWith("!")) {
                        problems.add(root.relativize(source) + ": " + key + " missing in " + locale);
                    }
                }
            }
        }
        assertThat(keys).as("the scan finds the keyed errors").isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRoleAndUnitTierHasALabel() {
        AppI18NProvider provider = new AppI18NProvider();
        for (var locale : AppLocales.ALL) {
            for (String role : new String[]{"ADMIN", "CHAIR", "SECRETARIAT", "UNIT_LEADER"}) {
                assertThat(provider.getTranslation("role." + role, locale)).doesNotStartWith("!");
            }
            for (var tier : vn.reformdesk.units.UnitTier.values()) {
                assertThat(provider.getTranslation("unit.tier." + tier, locale)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void theMenuTitlesAreKeys() {
        AppI18NProvider provider = new AppI18NProvider();
        assertThat(provider.getTranslation("nav.overview", AppLocales.VIETNAMESE)).isEqualTo("Tổng quan");
        assertThat(provider.getTranslation("nav.overview", AppLocales.ENGLISH)).isEqualTo("Overview");
        assertThat(provider.getTranslation("units.children", AppLocales.VIETNAMESE, 13)).isEqualTo("Đơn vị trực thuộc (13)");
    }

    @Test
    void englishCountsOfOneAreSingular() {
        AppI18NProvider provider = new AppI18NProvider();
        assertThat(provider.getTranslation("scorecard.inspections.gap.overdue", AppLocales.ENGLISH, 1L)).isEqualTo("1 recommendation overdue");
        assertThat(provider.getTranslation("scorecard.inspections.gap.overdue", AppLocales.ENGLISH, 0L)).isEqualTo("0 recommendations overdue");
        assertThat(provider.getTranslation("scorecard.inspections.gap.overdue", AppLocales.ENGLISH, 1234L)).isEqualTo("1,234 recommendations overdue");
        assertThat(provider.getTranslation("scorecard.dossiers.gap.online", AppLocales.ENGLISH, 41.5, 50.0, 8.5, 1L))
                .isEqualTo("online 41.5% against at least 50%: 8.5 points, about 1 dossier short");
        assertThat(provider.getTranslation("scorecard.plans.gap.completion", AppLocales.ENGLISH, 0L, 1L, 1L, 80.0))
                .isEqualTo("0 of 1 task done: 1 short of 80%");
        assertThat(provider.getTranslation("directives.meeting.previous-overdue", AppLocales.ENGLISH, 1L)).isEqualTo("1 directive overdue");
        assertThat(provider.getTranslation("audit.count", AppLocales.ENGLISH, 2)).isEqualTo("2 changes");
        // counts of a list, given as numbers and written as the page's language writes them
        assertThat(provider.getTranslation("dossiers.list.count", AppLocales.ENGLISH, 1L)).isEqualTo("1 dossier");
        assertThat(provider.getTranslation("dossiers.list.count", AppLocales.ENGLISH, 1348L)).isEqualTo("1,348 dossiers");
        assertThat(provider.getTranslation("dossiers.list.count", AppLocales.VIETNAMESE, 1348L))
                .isEqualTo(Formats.integer(1348, AppLocales.VIETNAMESE) + " hồ sơ");
        assertThat(provider.getTranslation("plans.filter.count", AppLocales.ENGLISH, 1, "31/12/2024")).isEqualTo("1 task, as of 31/12/2024");
        // Vietnamese has no plural
        assertThat(provider.getTranslation("scorecard.inspections.gap.overdue", AppLocales.VIETNAMESE, 1L)).doesNotContain("!");
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
