package com.baobei.attribution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** The boundaries: a pure fold and policy model, and no code of another service. */
@AnalyzeClasses(packages = "com.baobei.attribution", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"com.baobei.attribution.fold..", "com.baobei.attribution.policy.."};

    @ArchTest
    static final ArchRule foldAndPolicyUseNoFrameworkAndNoIo = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "jakarta.persistence..", "javax.persistence..", "org.hibernate..", "java.sql..", "javax.sql..",
                    "org.flywaydb..", "java.net..", "java.nio.file..")
            .because("the fold is a pure function of events and policies (issue 4)");

    @ArchTest
    static final ArchRule foldAndPolicyReadNoClock = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("business time comes from the events, never from a clock");

    @ArchTest
    static final ArchRule foldAndPolicyKnowNothingOfTheService = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("com.baobei.attribution.live..", "com.baobei.attribution.kafka..",
                    "com.baobei.attribution.web..", "com.baobei.attribution.persistence..", "com.baobei.attribution.policies..",
                    "com.baobei.attribution.simulation..", "com.baobei.attribution.intake..");

    @ArchTest
    static final ArchRule noCodeOfAnotherService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.baobei.registration..", "com.baobei.visit..",
                    "com.baobei.commission..")
            .because("services share only the published language (contracts)");
}
