package co.encadena.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code matching} framework-free so the same scoring and scheduling code runs in the API, the CLI
 * and benchmarks: it may not touch Micronaut, Jakarta, Jackson, JDBC, OpenSearch or the api module. (The
 * Maven enforcer in matching/pom.xml bans the dependencies; this checks the code itself, with the
 * frameworks on the classpath.)
 */
class ModuleBoundariesTest {

    private final JavaClasses matching = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("co.encadena.matching");

    @Test
    void matchingDependsOnNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax.inject..", "com.fasterxml.jackson..", "java.sql..",
                        "org.opensearch..", "org.springframework..", "org.postgresql..")
                .because("matching is plain Java, shared by the API, the CLI and the benchmarks")
                .check(matching);
    }

    @Test
    void matchingNeverDependsOnTheApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("co.encadena.api..")
                .check(matching);
    }
}
