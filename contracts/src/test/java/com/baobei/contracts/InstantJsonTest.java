package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of instants gives exactly what Jackson's own reader gives, errors included. */
class InstantJsonTest {

    private static final ObjectMapper STANDARD = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01T09:30:00Z", "2025-03-01T09:30:00.5Z", "2025-03-01T09:30:00.123Z",
            "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "2025-03-01T09:30:00+08:00",
            "2025-03-01T09:30Z", "+12025-03-01T09:30:00Z", "2025-02-30T09:30:00Z", "2025-13-01T09:30:00Z",
            "2025-03-01T24:30:00Z", "2025-03-01 09:30:00Z", "2025-03-01T09:30:00.Z", "2025-03-01T09:30:00.1234567890Z",
            "2023-02-29T00:00:00Z", "2025-03-01T09:60:00Z", "yesterday", ""})
    void readsExactlyWhatJacksonReads(String text) {
        String json = "\"" + text + "\"";
        assertThat(read(EventJson.mapper(), json)).isEqualTo(read(STANDARD, json));
    }

    private static String read(ObjectMapper mapper, String json) {
        try {
            Instant instant = mapper.readValue(json, Instant.class);
            return instant == null ? "null" : instant.toString();
        } catch (Exception e) {
            return "rejected";
        }
    }
}
