package com.baobei.registration.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.baobei", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    @ArchTest
    static final ArchRule noOtherServicesCode = noClasses().that().resideInAPackage("com.baobei.registration..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.baobei.visit..", "com.baobei.attribution..", "com.baobei.commission..",
                    "com.baobei.platform..");

    @ArchTest
    static final ArchRule theLanguageIsFrameworkFree = noClasses().that().resideInAPackage("com.baobei.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "org.apache.kafka..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule onlyThePublisherAndTheErasureListenerTalkToKafka = noClasses().that().resideInAPackage("com.baobei.registration..")
            .and().resideOutsideOfPackage("com.baobei.registration.publishing..")
            // the one consumer: personal-data erasures from the visit topic (ADR 0033), a thin listener of its own
            .and().resideOutsideOfPackage("com.baobei.registration.erasure.kafka..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");
}
