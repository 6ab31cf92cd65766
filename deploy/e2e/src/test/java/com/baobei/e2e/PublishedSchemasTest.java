package com.baobei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The partner's check of the end-to-end test can fail: it refuses what the schemas refuse. */
class PublishedSchemasTest {

    @Test
    void aPublishedExampleIsValidAndABrokenOneIsNot() throws IOException {
        String example = example("attribution.RegistrationVerdict.v1");
        PublishedSchemas schemas = new PublishedSchemas();

        schemas.check(record(example));
        // two people sharing a masked number and a surname: the client key's ~n suffix (ID-3) is valid
        schemas.check(record(example.replaceFirst("(\"clientKey\"\\s*:\\s*\"[^\"]+)\"", "$1~2\"")));
        assertThat(schemas.failures).isEmpty();

        schemas.check(record(example.replaceFirst("\"eventId\"", "\"unexpected\": 1, \"eventId\"")));
        schemas.check(record(example.replace("attribution.RegistrationVerdict.v1", "attribution.Nothing.v1")));
        schemas.check(record("not json"));
        assertThat(schemas.failures).hasSize(3);
        assertThat(schemas.checked).containsEntry("attribution.RegistrationVerdict.v1", 3);
        assertThat(schemas.headerFailures).as("records without CloudEvents headers").hasSize(3);
    }

    @Test
    void aRecordWithItsCloudEventsHeadersPassesAndOneWithAnotherIdDoesNot() throws IOException {
        byte[] example = example("visit.Visited.v1").getBytes(StandardCharsets.UTF_8);
        PublishedSchemas schemas = new PublishedSchemas();
        ConsumerRecord<byte[], byte[]> good = record(new String(example, StandardCharsets.UTF_8));
        com.baobei.contracts.CloudEvents.headers(example).forEach((name, value) ->
                good.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        ConsumerRecord<byte[], byte[]> other = record(new String(example, StandardCharsets.UTF_8));
        good.headers().forEach(h -> other.headers().add(h.key(), h.key().equals("ce_id")
                ? "another".getBytes(StandardCharsets.UTF_8) : h.value()));

        schemas.check(good);
        assertThat(schemas.headerFailures).isEmpty();
        schemas.check(other);
        assertThat(schemas.headerFailures).singleElement().asString().contains("ce_id=another");
    }

    private static String example(String type) throws IOException {
        try (InputStream in = PublishedSchemasTest.class.getClassLoader().getResourceAsStream(Schemas.examplePath(type))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ConsumerRecord<byte[], byte[]> record(String value) {
        return new ConsumerRecord<>("baobei.t.attribution.verdicts", 0, 0L, null,
                value.getBytes(StandardCharsets.UTF_8));
    }
}
