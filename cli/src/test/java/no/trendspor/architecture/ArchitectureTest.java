package no.trendspor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which package may use which: the layering a newcomer reads off the folder tree. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the analysis module's test jar (test helpers) is on this class path too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("no.trendspor");
    }

    @Test
    void coreDependsOnNothingInAnalysis() {
        noClasses().that().resideInAnyPackage("no.trendspor.model..", "no.trendspor.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "no.trendspor.text..", "no.trendspor.match..", "no.trendspor.indicators..",
                        "no.trendspor.stats..", "no.trendspor.report..", "no.trendspor.cli..",
                        "no.trendspor.io..", "no.trendspor.eval..")
                .check(classes);
    }

    @Test
    void analysisDoesNotDependOnReportingOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("no.trendspor.text..", "no.trendspor.match..",
                        "no.trendspor.indicators..", "no.trendspor.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("no.trendspor.report..", "no.trendspor.cli..")
                .check(classes);
    }

    @Test
    void statisticsHaveNoTextConcerns() {
        noClasses().that().resideInAPackage("no.trendspor.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("no.trendspor.model..", "no.trendspor.ingest..",
                        "no.trendspor.text..", "no.trendspor.indicators..", "org.apache.lucene..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheCommandLineTalksToTheTerminal() {
        noClasses().that().resideOutsideOfPackages("no.trendspor.cli..", "no.trendspor.eval..")
                .should().accessField(System.class, "out")
                .check(classes);
    }
}
