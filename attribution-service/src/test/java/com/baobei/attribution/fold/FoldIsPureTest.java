package com.baobei.attribution.fold;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fold and the policy are pure: no framework, no clock, no I/O, no randomness. */
class FoldIsPureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.baobei.attribution.fold", "com.baobei.attribution.policy");

    @Test
    @DisplayName("the fold depends on no framework and no other part of the service")
    void noFramework() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "org.apache.kafka..", "java.sql..",
                        "com.baobei.attribution.web..", "com.baobei.attribution.kafka..", "com.baobei.attribution.persistence..",
                        "com.baobei.attribution.live..", "com.baobei.attribution.simulation..")
                .check(CORE);
    }

    @Test
    @DisplayName("the fold reads no clock, does no I/O and draws no random numbers")
    void noClockNoIo() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.time.Clock.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.Random.class.getName())
                .check(CORE);
    }
}
