package com.baobei.attribution.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.support.LiveServiceTest;
import com.baobei.platform.testing.ProblemLanguage;
import com.baobei.platform.testing.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typical bad inputs (malformed JSON, a wrong type, an unknown enum value, missing fields) answer problem+json
 * without a Java class name in any language, in Simplified Chinese when the caller asks with Accept-Language
 * (zh-CN, zh, zh-Hans) and in English otherwise; the field names stay as they are.
 */
class ProblemLanguageIT extends LiveServiceTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Test
    void badInputsAreProblemsWithoutClassNamesInEnglishOrInChineseWhenAsked() {
        String token = TOKENS.office("SITE_MANAGER", "sm-lang", "t-lang", "p1");
        List<String> bodies = List.of(
                "{\"events\":",
                "{\"events\":\"many\"}",
                "{\"events\":[{\"eventId\":\"e1\",\"type\":\"registration.Registered.v1\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"channelKind\":\"CASTLE\"}}]}",
                "{}");
        assertThat(endpoint().wrongAnswers(token, bodies)).isEmpty();
    }

    @Test
    void withoutATokenTheProblemIsInChineseWhenAsked() {
        assertThat(endpoint().wrongUnauthenticated()).isEmpty();
    }

    private ProblemLanguage endpoint() {
        return new ProblemLanguage(http.getRootUri(), "POST", "/api/v1/simulations");
    }
}
