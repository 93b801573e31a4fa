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
}
