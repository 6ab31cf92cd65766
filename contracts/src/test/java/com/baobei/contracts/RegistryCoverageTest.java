package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Adding an event type without its schema and example, or leaving a stray file behind, fails here. */
class RegistryCoverageTest {

    @Test
    void every_registered_type_has_a_schema_and_an_example() {
        ClassLoader loader = getClass().getClassLoader();
        for (EventTypes.Type type : EventTypes.all()) {
            assertThat(loader.getResource(Schemas.path(type.name()))).as("schema of " + type.name()).isNotNull();
            assertThat(loader.getResource(Schemas.examplePath(type.name()))).as("example of " + type.name()).isNotNull();
        }
    }

    @Test
    void every_schema_and_example_file_belongs_to_a_registered_type() throws Exception {
        Set<String> names = EventTypes.all().stream().map(EventTypes.Type::name).collect(Collectors.toSet());

        assertThat(filesIn("schemas")).containsExactlyInAnyOrderElementsOf(
                names.stream().map(n -> n + ".schema.json").toList());
        assertThat(filesIn("examples")).containsExactlyInAnyOrderElementsOf(
                names.stream().map(n -> n + ".json").toList());
    }

    @Test
    void type_names_are_logical_versioned_and_name_their_producer() {
        for (EventTypes.Type type : EventTypes.all()) {
            String[] parts = type.name().split("\\.");
            assertThat(type.name()).matches("^(registration|visit|attribution|commission|masterdata)\\.[A-Z][A-Za-z]+\\.v[1-9]\\d*$");
            // a context names its producer; master data is a context of its own, kept by the registration service
            assertThat(type.source()).isEqualTo(parts[0].equals("masterdata") ? EventTypes.REGISTRATION_SERVICE
                    : parts[0] + "-service");
            assertThat(type.dataClass().isRecord()).as(type.name() + " is a record").isTrue();
            assertThat(Stream.concat(Topics.shared().stream().map(Topics.Topic::writer),
                    Topics.perTenant().stream().map(Topics.TenantTopic::writer)))
                    .as("a topic written by " + type.source()).contains(type.source());
        }
    }

    @Test
    void each_data_class_has_one_type_name() {
        List<String> classes = EventTypes.all().stream().map(t -> t.dataClass().getName()).toList();
        assertThat(classes).doesNotHaveDuplicates();
        for (EventTypes.Type type : EventTypes.all()) {
            assertThat(EventTypes.of(type.dataClass())).isEqualTo(type);
        }
    }

    @Test
    void schema_paths_exist_only_for_published_types() {
        assertThat(Schemas.path("visit.Visited.v1")).isEqualTo("schemas/visit.Visited.v1.schema.json");
        assertThat(Schemas.examplePath("visit.Visited.v1")).isEqualTo("examples/visit.Visited.v1.json");
        assertThat(Schemas.id("visit.Visited.v1"))
                .isEqualTo("https://baobei.example/schemas/visit.Visited.v1.schema.json");
        assertThatThrownBy(() -> Schemas.path("visit.Visited.v9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schemas.path(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_partner_documentation_describes_every_type_and_topic() throws IOException {
        String readme = Files.readString(Path.of("..", "docs", "events", "README.md"));
        for (EventTypes.Type type : EventTypes.all()) {
            assertThat(readme).contains("`" + type.name() + "`")
                    .contains("../../contracts/src/main/resources/" + Schemas.path(type.name()))
                    .contains("../../contracts/src/main/resources/" + Schemas.examplePath(type.name()));
        }
        for (Topics.Topic topic : Topics.shared()) {
            assertThat(readme).contains("`" + topic.name() + "`");
        }
        for (Topics.TenantTopic topic : Topics.perTenant()) {
            assertThat(readme).contains("`" + Topics.PREFIX + "<tenant>." + topic.suffix() + "`");
        }
    }

    private static List<String> filesIn(String dir) throws URISyntaxException, IOException {
        Path path = Path.of(RegistryCoverageTest.class.getClassLoader().getResource(dir).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
