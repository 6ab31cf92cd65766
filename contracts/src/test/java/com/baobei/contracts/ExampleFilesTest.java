package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example files are the approval fixtures of the JSON form: each one meets its schema, reads
 * and writes back to the same JSON, and is exactly what the Java records produce. A renamed field,
 * a changed type, or a change to {@link EventJson}'s settings fails here.
 */
class ExampleFilesTest {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    static Stream<String> types() {
        return EventTypes.all().stream().map(EventTypes.Type::name);
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_example_meets_its_schema(String type) {
        SchemaAssertions.assertValid(example(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_example_is_read_and_written_back_to_the_same_json(String type) throws IOException {
        byte[] file = example(type);

        String rewritten = EventJson.writeString(EventJson.read(file));

        assertThat(rewritten).isEqualTo(pinned(file));
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_records_built_in_java_write_exactly_the_example(String type) throws IOException {
        byte[] file = example(type);
        EventEnvelope built = SampleEvents.examples().get(type);

        assertThat(EventJson.writeString(built)).isEqualTo(pinned(file));
        assertThat(EventJson.read(file)).isEqualTo(built);
    }

    @ParameterizedTest
    @MethodSource("types")
    void the_example_is_of_its_type_and_from_its_producer(String type) throws IOException {
        EventEnvelope read = EventJson.read(example(type));

        assertThat(read.eventType()).isEqualTo(type);
        assertThat(read.source()).isEqualTo(EventTypes.named(type).orElseThrow().source());
        assertThat(read.data()).isInstanceOf(EventTypes.named(type).orElseThrow().dataClass());
    }

    /** The file's JSON in the compact form, field order kept: what the writer must reproduce. */
    private static String pinned(byte[] file) throws IOException {
        return MAPPER.writeValueAsString(MAPPER.readTree(file));
    }

    static byte[] example(String type) {
        return resource(Schemas.examplePath(type));
    }

    static byte[] resource(String name) {
        try (InputStream in = ExampleFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
