package com.baobei.commission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The money core stays framework-free, and this service reads no other service's code. */
@AnalyzeClasses(packages = "com.baobei.commission", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] CORE = {"com.baobei.commission.agreement..", "com.baobei.commission.ledger.."};

    @ArchTest
    static final ArchRule core_uses_no_framework = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "jakarta.persistence..", "org.hibernate..",
                    "java.sql..", "javax.sql..", "org.apache.poi..", "org.apache.commons.csv..",
                    "com.fasterxml.jackson..")
            .because("the commission core is a pure computation (no clock, no I/O, no framework)");

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_and_the_contracts = classes().that().resideInAnyPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.baobei.contracts..", "com.baobei.commission.agreement..",
                    "com.baobei.commission.ledger..");

    @ArchTest
    static final ArchRule no_other_service = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.baobei.registration..", "com.baobei.visit..", "com.baobei.attribution..")
            .because("services share only the published language in contracts");
}
