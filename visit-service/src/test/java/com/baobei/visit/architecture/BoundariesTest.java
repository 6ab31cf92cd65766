package com.baobei.visit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.baobei.visit", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    @ArchTest
    static final ArchRule noOtherServicesCode = noClasses().that().resideInAPackage("com.baobei.visit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.baobei.registration..", "com.baobei.attribution..", "com.baobei.commission..",
                    "com.baobei.platform..");

    /** Kafka stays in the adapters: the publisher, and the two listeners that keep local copies (master data, disputes). */
    @ArchTest
    static final ArchRule onlyThePublisherTalksToKafka = noClasses().that().resideInAPackage("com.baobei.visit..")
            .and().resideOutsideOfPackage("com.baobei.visit.publishing..")
            .and().resideOutsideOfPackage("com.baobei.visit.masterdata.kafka..")
            .and().resideOutsideOfPackage("com.baobei.visit.dispute.kafka..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    /** The aggregates know nothing of the web, the views or Spring's web and data layers. */
    @ArchTest
    static final ArchRule aggregatesStayInTheCore = noClasses().that().resideInAnyPackage(
                    "com.baobei.visit.visit..", "com.baobei.visit.rotation..", "com.baobei.visit.purchase..",
                    "com.baobei.visit.ruling..", "com.baobei.visit.shared..",
                    "com.baobei.visit.calls..", "com.baobei.visit.routing..")
            .should().dependOnClassesThat().resideInAnyPackage("com.baobei.visit.web..", "com.baobei.visit.view..",
                    "com.baobei.visit.pii..", "org.springframework.web..", "org.springframework.data..",
                    "jakarta.persistence..");

    /** Only the pii package turns a full number into its stored form and keeps it (ID-4). */
    @ArchTest
    static final ArchRule onlyPiiHashesNumbers = noClasses().that().resideInAPackage("com.baobei.visit..")
            .and().resideOutsideOfPackage("com.baobei.visit.pii..")
            .should().callMethod(com.baobei.contracts.Phones.class, "keyedHash", String.class, String.class);
}
