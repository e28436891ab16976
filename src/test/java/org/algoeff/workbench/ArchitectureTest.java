// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the house style, enforced on the production classes. */
@AnalyzeClasses(packages = "org.algoeff.workbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"..workbench.model..", "..workbench.io..", "..workbench.analysis..",
        "..workbench.compute..", "..workbench.rerun..", "..workbench.task.."};

    @ArchTest
    static final ArchRule domainHasNoJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "..workbench.ui..",
                    "..workbench.app..", "..workbench.cli..")
            .because("parsing, fitting and training must run from the CLI and in tests without a display");

    @ArchTest
    static final ArchRule nd4jOnlyInAdapter = noClasses().that().resideOutsideOfPackage("..rerun.dl4j..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.bytedeco..")
            .because("ND4J loads native code; it must load lazily and only when a rerun starts");

    @ArchTest
    static final ArchRule sparkOnlyInSweep = noClasses().that().resideOutsideOfPackages("..workbench.sweep..",
            "..workbench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
            .because("Spark is a provided dependency, absent from algoeff.jar; only the sweep engine may load it");

    @ArchTest
    static final ArchRule sweepHasNoUi = noClasses().that().resideInAPackage("..workbench.sweep..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "..workbench.ui..",
                    "..workbench.app..", "..workbench.cli..")
            .because("sweeps run on executors without a display");

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("..workbench.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..workbench.model..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.algoeff.workbench.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noStdStreamsOutsideCli = noClasses().that().resideOutsideOfPackage("..workbench.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("use SLF4J; only the CLI talks to the terminal");

    @ArchTest
    static final ArchRule cliUsesServicesNotViews = noClasses().that().resideInAPackage("..workbench.cli..")
            .should().dependOnClassesThat().resideInAPackage("..workbench.ui..")
            .because("the CLI calls the same services as the GUI");
}
