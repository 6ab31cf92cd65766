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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden check for performance work on the fold: the Outcome of a few large generated histories, in
 * its one JSON form, must stay byte for byte what the fold gave when these digests were taken (the
 * reference implementation of commit 6b97eb6). Any change of a decision, an explanation's rule ids,
 * event ids, reasons or causedBy, or of the order of a list changes the digest. A deliberate change
 * of behaviour re-takes the digests (run, read the failure's actual value) and says why in the commit. Last
 * re-taken for issue 14: purchases and the ownership entries they make cite the protection's rules and events.
 */
class FoldGoldenTest {

    @ParameterizedTest(name = "{0} fold, seed {1}, {2} people, {3} days")
    @DisplayName("large generated histories (the last one is the benchmark's) fold to exactly the reference Outcome")
    @CsvSource({
            "WHOLE,   7,    2000,  30,  4387d11d120e28580a70f3ab5f091b87f66b1ec01188ac30dc099651bb469446",
            "RESUMED, 7,    2000,  30,  4387d11d120e28580a70f3ab5f091b87f66b1ec01188ac30dc099651bb469446",
            "WHOLE,   1234, 4000,  120, 4cb59cecb8dc68a8172749a13dfc9575f2b273a84eb247c840a9161e3357e382",
            "RESUMED, 1234, 4000,  120, 4cb59cecb8dc68a8172749a13dfc9575f2b273a84eb247c840a9161e3357e382",
            "WHOLE,   99,   6000,  365, 3ed2298edde45c8553307659145270098b95fa5a96dd9b75e687b0f2f9e2ef28",
            "RESUMED, 99,   6000,  365, 3ed2298edde45c8553307659145270098b95fa5a96dd9b75e687b0f2f9e2ef28",
            "WHOLE,   42,   40000, 365, ab85b553b7a5a567b36e851de7e3946c21dd11aeefd2ffdc91b6af9b9667b0b2",
            "RESUMED, 42,   40000, 365, ab85b553b7a5a567b36e851de7e3946c21dd11aeefd2ffdc91b6af9b9667b0b2",
    })
    void largeHistories(FoldForm form, long seed, int people, int days, String digest) {
        List<EventEnvelope> history = new ArrayList<>(HistoryGenerator.history(seed, people, days));
        Collections.shuffle(history, new Random(seed));
        assertThat(sha256(json(form.fold(history, HistoryGenerator.policies(), new Random(seed))))).isEqualTo(digest);
    }

    @ParameterizedTest(name = "{0} fold")
    @EnumSource(FoldForm.class)
    @DisplayName("the default policy folds a large history to exactly the reference Outcome")
    void defaultPolicy(FoldForm form) {
        Outcome outcome = form.fold(HistoryGenerator.history(2024, 3000, 60), PolicyHistory.defaults(), new Random(2024));
        assertThat(sha256(json(outcome))).isEqualTo("d7ec0e54e3ce991d08e3fa8096a4a8710a89a2d790a09809cb722acae589cf40");
    }

    @ParameterizedTest(name = "{0} fold")
    @EnumSource(FoldForm.class)
    @DisplayName("300 small generated histories (edge cases of few people) fold to exactly the reference Outcomes")
    void manySmallHistories(FoldForm form) {
        MessageDigest all = digest();
        for (long i = 0; i < 300; i++) {
            long seed = i * 0x9E3779B97F4A7C15L + 0x5DEECE66DL;
            SplittableRandom random = new SplittableRandom(seed);
            List<EventEnvelope> history = HistoryGenerator.history(seed, 1 + random.nextInt(60), 1 + random.nextInt(20));
            all.update(json(form.fold(history, HistoryGenerator.policies(), new Random(seed))));
        }
        assertThat(HexFormat.of().formatHex(all.digest()))
                .isEqualTo("af865dc154c80dca1093a5c40f671bf76795faa7163692611ae4048030406595");
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
