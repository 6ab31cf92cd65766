package com.baobei.attribution.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden check for performance work on the fold: the Outcome of a few large generated histories, in
 * its one JSON form, must stay byte for byte what the fold gave when these digests were taken (the
 * reference implementation of commit 6b97eb6). Any change of a decision, an explanation's rule ids,
 * event ids, reasons or causedBy, or of the order of a list changes the digest. A deliberate change
 * of behaviour re-takes the digests (run, read the failure's actual value) and says why in the commit.
 */
class FoldGoldenTest {

    @ParameterizedTest(name = "seed {0}, {1} people, {2} days")
    @DisplayName("large generated histories (the last one is the benchmark's) fold to exactly the reference Outcome")
    @CsvSource({
            "7,    2000,  30,  a8b7896ba4a1ebe4bd8dbab19b7cae65f8b60937b9e41dc0e0279a3f11b703cb",
            "1234, 4000,  120, 8a922ee0c7c3643d763829b89bbda487ab778875da3d71990b367867ac1d2ceb",
            "99,   6000,  365, e4ea1c2b381d2ea0ad43087726836871a7dffda0db93ee1258c9cac1c13ce7b5",
            "42,   40000, 365, 49fff3add6f7dadf15595236b1bf1e48b110f8788f7fa90e13a053a1d834ed27",
    })
    void largeHistories(long seed, int people, int days, String digest) {
        List<EventEnvelope> history = new ArrayList<>(HistoryGenerator.history(seed, people, days));
        Collections.shuffle(history, new Random(seed));
        assertThat(sha256(json(AttributionFold.fold(history, HistoryGenerator.policies())))).isEqualTo(digest);
    }

    @Test
    @DisplayName("the default policy folds a large history to exactly the reference Outcome")
    void defaultPolicy() {
        Outcome outcome = AttributionFold.fold(HistoryGenerator.history(2024, 3000, 60), PolicyHistory.defaults());
        assertThat(sha256(json(outcome))).isEqualTo("769c3f0d8a3886e25214af816d2c7a87f61c03d81a77585bbcdb85fecbe8ad55");
    }

    @Test
    @DisplayName("300 small generated histories (edge cases of few people) fold to exactly the reference Outcomes")
    void manySmallHistories() {
        MessageDigest all = digest();
        for (long i = 0; i < 300; i++) {
            long seed = i * 0x9E3779B97F4A7C15L + 0x5DEECE66DL;
            SplittableRandom random = new SplittableRandom(seed);
            List<EventEnvelope> history = HistoryGenerator.history(seed, 1 + random.nextInt(60), 1 + random.nextInt(20));
            all.update(json(AttributionFold.fold(history, HistoryGenerator.policies())));
        }
        assertThat(HexFormat.of().formatHex(all.digest()))
                .isEqualTo("d286b0f4f7b3e9fc60974d195728498020cad762a1bac4ad1d8d010b2cd4c4b8");
    }

    private static byte[] json(Outcome outcome) {
        try {
            return EventJson.mapper().writeValueAsString(outcome).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
