package no.trendspor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole house: every package of every module in a layer, the allowed uses between layers,
 * no cycles between the top-level packages, and no internal type in the API's public signatures.
 * Runs here because this module's class path holds every other module.
 */
class LayersTest {

    /** Internal packages: implementation stages that the API packages use but never expose. */
    static final String[] INTERNAL = {"no.trendspor.ingest.block..", "no.trendspor.ingest.decode..",
            "no.trendspor.ingest.repair..", "no.trendspor.ingest.structure..", "no.trendspor.ingest.text..",
            "no.trendspor.report.svg.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("no.trendspor");
        // every module's classes are here, or the rules would pass on nothing
        for (String type : List.of("no.trendspor.Trendspor", "no.trendspor.model.ReportDocument",
                "no.trendspor.ingest.ReportParser", "no.trendspor.pdf.PdfReportReader",
                "no.trendspor.tables.TableKeyFigureReader", "no.trendspor.tablesaw.IndicatorTables",
                "no.trendspor.eval.GoldEvaluation", "no.trendspor.cli.Main", "no.trendspor.seeds.Seeds")) {
            org.junit.jupiter.api.Assertions.assertTrue(classes.contain(type), type);
        }
    }

    @Test
    void everyPackageIsInALayerAndLayersAreUsedOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Memo").definedBy("no.trendspor.memo..")
                .layer("Model").definedBy("no.trendspor.model..")
                .layer("Seeds").definedBy("no.trendspor.seeds..")
                .layer("Ingest").definedBy("no.trendspor.ingest..")
                .layer("Text").definedBy("no.trendspor.text..")
                .layer("Stats").definedBy("no.trendspor.stats..")
                .layer("Matching").definedBy("no.trendspor.match..")
                .layer("Indicators").definedBy("no.trendspor.indicators..")
                .layer("KeyFigures").definedBy("no.trendspor.keyfigures..")
                .layer("Report").definedBy("no.trendspor.report..")
                .layer("Spi").definedBy("no.trendspor.spi..")
                .layer("Io").definedBy("no.trendspor.io..")
                .layer("Facade").definedBy("no.trendspor")
                .layer("Pdf").definedBy("no.trendspor.pdf..")
                .layer("Tables").definedBy("no.trendspor.tables..")
                .layer("Tablesaw").definedBy("no.trendspor.tablesaw..")
                .layer("Evaluation").definedBy("no.trendspor.eval..")
                .layer("Cli").definedBy("no.trendspor.cli..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Memo").mayOnlyBeAccessedByLayers("Ingest", "Text", "Matching", "Indicators")
                .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Pdf").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Tables").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Tablesaw").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Facade").mayOnlyBeAccessedByLayers("Evaluation", "Cli", "Tablesaw", "Tables", "Pdf")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Facade", "Pdf", "Evaluation", "Cli")
                .whereLayer("Spi").mayOnlyBeAccessedByLayers("Io", "Facade", "Pdf", "Tables")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Facade", "Spi", "Tables", "Tablesaw", "Evaluation",
                        "Cli")
                .whereLayer("KeyFigures").mayOnlyBeAccessedByLayers("Report", "Spi", "Tables", "Evaluation", "Cli")
                .whereLayer("Indicators").mayOnlyBeAccessedByLayers("KeyFigures", "Report", "Spi", "Facade", "Tables", "Tablesaw",
                        "Evaluation", "Cli")
                .whereLayer("Matching").mayOnlyBeAccessedByLayers("Indicators", "Report", "Facade", "Tables", "Io",
                        "Evaluation", "Cli")
                .whereLayer("Stats").mayOnlyBeAccessedByLayers("Indicators", "Report", "Tablesaw", "Evaluation", "Cli")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Matching", "Indicators", "Report", "Spi", "Facade",
                        "Tables", "Evaluation", "Cli")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Io", "Facade", "Matching", "Indicators", "Report",
                        "Pdf", "Tables", "Evaluation", "Cli")
                .ensureAllClassesAreContainedInArchitecture()
                .check(classes);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("no.trendspor.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void internalTypesDoNotAppearInPublicSignaturesOfTheApi() {
        DescribedPredicate<JavaClass> internal = new DescribedPredicate<>("internal") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                for (String pattern : INTERNAL) {
                    String root = pattern.substring(0, pattern.length() - 2);
                    if (p.equals(root) || p.startsWith(root + ".")) {
                        return true;
                    }
                }
                return false;
            }
        };
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(INTERNAL)
                .and().areDeclaredInClassesThat().resideOutsideOfPackages("no.trendspor.cli..", "no.trendspor.eval..")
                .should(new ArchCondition<JavaCodeUnit>("not name internal types in their signature") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                        types.add(unit.getRawReturnType());
                        for (JavaClass t : types) {
                            JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                            if (internal.test(base)) {
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " names "
                                        + base.getName()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noTwoPublicTypesOfTheApiShareASimpleName() {
        java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
        for (JavaClass c : classes) {
            boolean api = c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && !c.isNestedClass() && !c.getSimpleName().equals("package-info")
                    && !c.getPackageName().startsWith("no.trendspor.cli")
                    && !c.getPackageName().startsWith("no.trendspor.eval")
                    && java.util.Arrays.stream(INTERNAL).noneMatch(p -> {
                        String root = p.substring(0, p.length() - 2);
                        return c.getPackageName().equals(root) || c.getPackageName().startsWith(root + ".");
                    });
            if (api) {
                byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        byName.values().removeIf(names -> names.size() < 2);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of(), byName);
    }

    @Test
    void theLibraryDoesNotUseTheTerminal() {
        classes().that().resideOutsideOfPackages("no.trendspor.cli..", "no.trendspor.eval..")
                .should(new ArchCondition<JavaClass>("not use System.out or System.err") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getFieldAccessesFromSelf().stream()
                                .filter(a -> a.getTargetOwner().isEquivalentTo(System.class)
                                        && (a.getName().equals("out") || a.getName().equals("err")))
                                .forEach(a -> events.add(SimpleConditionEvent.violated(c, a.getDescription())));
                    }
                })
                .check(classes);
    }
}
