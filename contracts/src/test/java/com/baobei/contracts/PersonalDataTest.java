package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner services point at their topics and logs (ID-4), and the promise kept by this module's own files. */
class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "tel:13812345678", "王先生13812345678", "{\"phone\":\"13812345678\"}",
            "13812345678.00", "a13812345678b"})
    void finds_a_full_number_anywhere(String text) {
        assertThat(PersonalData.fullPhoneNumbers(text)).hasSize(1);
        assertThatThrownBy(() -> PersonalData.assertNoFullPhoneNumbers(text))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("138****5678")
                .hasMessageNotContaining("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"138****5678", "1381234567", "138123456789", "20250302138123", "12812345678",
            // hex hashes and UUIDs often hold eleven digits shaped like a number between two letters
            "a913812345678b0011223344556677888899aabbccddeeff00112233445566778899",
            "c49e6c6b-0469-4c52-b533-13812345678a",
            // trace and span ids (ADR 0026): a traceparent header, a JSON log line's ids
            "00-a913812345678b001122334455667788-b13812345678c0de-01",
            "{\"traceId\":\"a913812345678b001122334455667788\",\"spanId\":\"b13812345678c0de\"}"})
    void ignores_what_is_no_full_number(String text) {
        assertThat(PersonalData.fullPhoneNumbers(text)).isEmpty();
    }

    @Test
    void finds_every_number_and_says_where() {
        assertThat(PersonalData.fullPhoneNumbers("a 13812345678 b 13920462046"))
                .containsExactly("138****5678@2", "139****2046@16");
    }

    @Test
    void the_schemas_and_examples_hold_no_full_number() throws IOException, URISyntaxException {
        for (String dir : new String[] {"schemas", "examples"}) {
            Path path = Path.of(getClass().getClassLoader().getResource(dir).toURI());
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.toList()) {
                    PersonalData.assertNoFullPhoneNumbers(Files.readString(file));
                }
            }
        }
    }
}
