package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.SchemaChanges.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every schema against its last released form (ADR 0003): the released forms are kept in
 * {@code contracts/released/schemas/}, written by a release with
 * {@code ./mvnw -pl contracts test -Dtest=ReleasedSchemasTest -Dschemas.release=true}. A change that breaks a reader
 * of the released form fails here: it has to become a new version on its own topic instead. A released type keeps
 * its schema file for good, retired or not, so a missing file is a break too.
 */
class ReleasedSchemasTest {

    private static final Path RELEASED = Path.of("released", "schemas");
    private static final Path CURRENT = Path.of("src", "main", "resources", "schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noSchemaBreaksItsReleasedForm() throws IOException {
        if (Boolean.getBoolean("schemas.release")) {
            release();
        }
        List<String> breaks = new ArrayList<>();
        List<Path> released = files(RELEASED);
        assertThat(released).as("the released schemas in " + RELEASED.toAbsolutePath()).isNotEmpty();
        for (Path file : released) {
            Path current = CURRENT.resolve(file.getFileName());
            if (!Files.exists(current)) {
                breaks.add(file.getFileName() + ": a released type's schema is gone");
                continue;
            }
            for (Change change : SchemaChanges.between(JSON.readTree(file.toFile()), JSON.readTree(current.toFile()))) {
                System.out.println("[schemas] " + file.getFileName() + " " + change);
                if (change.kind() == SchemaChanges.Kind.BREAKING) {
                    breaks.add(file.getFileName() + " " + change);
                }
            }
        }
        System.out.printf("[schemas] %d released schemas compared, %d breaking changes%n", released.size(), breaks.size());
        assertThat(breaks).as("changes that break readers of the released schemas (ADR 0003: make a new version)").isEmpty();
    }

    @Test
    void everyTypeInTheRegistryHasBeenReleasedOrIsNew() throws IOException {
        List<String> unreleased = new ArrayList<>();
        for (Path file : files(CURRENT)) {
            if (!Files.exists(RELEASED.resolve(file.getFileName()))) {
                unreleased.add(file.getFileName().toString());
            }
        }
        // A new type is allowed (it reaches partners on its own topic); naming it keeps the next release honest.
        System.out.println("[schemas] not released yet: " + unreleased);
    }

    private static void release() throws IOException {
        Files.createDirectories(RELEASED);
        for (Path file : files(CURRENT)) {
            Files.copy(file, RELEASED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        }
    }
}
