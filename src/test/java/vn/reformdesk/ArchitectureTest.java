package vn.reformdesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views talk to services only; feature packages do not depend on each other in cycles; "today" comes from the one
 * clock and "who may" from the one set of role rules.
 */
class ArchitectureTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.reformdesk");

    @Test
    void viewsNeverTouchRepositoriesOrTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("vn.reformdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theBaseKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.reformdesk.base..")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.reformdesk.base..", "java..", "javax..", "jakarta..",
                        "org.springframework..", "com.vaadin..", "tools.jackson..", "org.jspecify..", "org.slf4j..", "org.apache.commons..",
                        "org.dhatim.fastexcel..", "org.jsoup..")
                .check(CLASSES);
    }

    /** A call that reads the machine's clock or zone instead of the injected {@code ReportingClock}. */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "reads the system clock or zone (use base.ReportingClock)", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return owner.startsWith("java.time.") && (name.equals("now") || name.startsWith("system"))
                        || owner.equals("java.lang.System") && name.equals("currentTimeMillis");
            });

    @Test
    void onlyTheReportingClockReadsTheTime() {
        noClasses().that().resideOutsideOfPackage("vn.reformdesk.base..")
                .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
                .check(CLASSES);
    }

    @Test
    void theProvincesZoneIsNamedOnlyByTheReportingClock() {
        assertThat(sourceLinesMatching(Pattern.compile("\"Asia/Ho_Chi_Minh\""), "base/ReportingClock.java"))
                .as("use ReportingClock.ZONE or ReportingClock.ZONE_NAME").isEmpty();
    }

    @Test
    void roleListsAreSpelledOnlyInTheRoleRules() {
        // a Spring Security expression naming roles, or a view/service combining role checks by hand
        Pattern spelled = Pattern.compile("\"[^\"]*has(Any)?Role\\(|hasRole\\(Roles\\.\\w+\\)\\s*\\|\\|[^;]*hasRole\\(Roles\\.|Roles\\.\\w+\\.equals\\(\\w+\\)\\s*\\|\\|");
        assertThat(sourceLinesMatching(spelled, "security/RoleRules.java"))
                .as("use security/RoleRules (an expression constant or its predicate)").isEmpty();
    }

    /** "file:line: text" of every main source line matching the pattern, outside the allowed file. */
    static List<String> sourceLinesMatching(Pattern pattern, String allowedFile) {
        Path base = MAIN_SOURCES.resolve("vn/reformdesk");
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !base.relativize(f).toString().equals(allowedFile))
                    .flatMap(f -> {
                        List<String> lines = read(f);
                        return java.util.stream.IntStream.range(0, lines.size())
                                .filter(i -> pattern.matcher(lines.get(i)).find())
                                .mapToObj(i -> base.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * No file of plans or inspections calls back into the one that calls it: between two top-level classes of the
     * feature (nested classes count as their outer class), dependencies go one way only.
     */
    @Test
    void noTwoClassesOfPlansOrInspectionsDependOnEachOther() {
        for (String feature : java.util.List.of("vn.reformdesk.plans", "vn.reformdesk.inspections")) {
            java.util.Map<String, java.util.Set<String>> uses = new java.util.HashMap<>();
            for (com.tngtech.archunit.core.domain.JavaClass c : CLASSES) {
                if (!c.getPackageName().equals(feature)) {
                    continue;
                }
                String from = outer(c.getName());
                for (com.tngtech.archunit.core.domain.Dependency d : c.getDirectDependenciesFromSelf()) {
                    String to = outer(d.getTargetClass().getName());
                    if (d.getTargetClass().getPackageName().equals(feature) && !to.equals(from)) {
                        uses.computeIfAbsent(from, k -> new java.util.TreeSet<>()).add(to);
                    }
                }
            }
            java.util.List<String> twoWay = new java.util.ArrayList<>();
            uses.forEach((a, targets) -> targets.forEach(b -> {
                if (a.compareTo(b) < 0 && uses.getOrDefault(b, java.util.Set.of()).contains(a)) {
                    twoWay.add(a + " <-> " + b);
                }
            }));
            org.assertj.core.api.Assertions.assertThat(twoWay).as(feature + ": classes that call each other").isEmpty();
        }
    }

    private static String outer(String name) {
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
