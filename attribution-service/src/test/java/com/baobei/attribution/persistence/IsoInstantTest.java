package com.baobei.attribution.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    @Test
    void writesWhatInstantToStringWrites() {
        Random random = new Random(3);
        byte[] out = new byte[64];
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 253_402_300_799L + 100_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            int end = IsoInstant.write(instant, out, 3);
            assertThat(new String(out, 3, end - 3, StandardCharsets.US_ASCII)).isEqualTo(instant.toString());
        }
        for (Instant edge : new Instant[] {Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("9999-12-31T23:59:59Z"), Instant.parse("0000-01-01T00:00:00Z")}) {
            int end = IsoInstant.write(edge, out, 0);
            assertThat(new String(out, 0, end, StandardCharsets.US_ASCII)).isEqualTo(edge.toString());
        }
    }
}
