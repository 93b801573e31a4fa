package vn.reformdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Views talk to services only; feature packages do not depend on each other in cycles. */
class ArchitectureTest {

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
                        "org.dhatim.fastexcel..")
                .check(CLASSES);
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
