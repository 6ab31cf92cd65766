package com.baobei.commission.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.ProblemLanguage;
import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Typical bad inputs (malformed JSON, a wrong type, an unknown enum value, missing fields) answer problem+json
 * without a Java class name in any language, in Simplified Chinese when the caller asks with Accept-Language
 * (zh-CN, zh, zh-Hans) and in English otherwise; the field names stay as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class ProblemLanguageIT {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Autowired
    TestRestTemplate http;

    @Test
    void badInputsAreProblemsWithoutClassNamesInEnglishOrInChineseWhenAsked() {
        String token = TOKENS.of("FINANCE", "t-lang");
        List<String> bodies = List.of(
                "{\"effectiveFrom\":",
                "{\"effectiveFrom\":\"2026-01-01\",\"tiers\":\"many\"}",
                "{\"effectiveFrom\":\"2026-01-01\",\"basis\":\"CASTLE\"}",
                "{}");
        assertThat(endpoint().wrongAnswers(token, bodies)).isEmpty();
    }

    @Test
    void withoutATokenTheProblemIsInChineseWhenAsked() {
        assertThat(endpoint().wrongUnauthenticated()).isEmpty();
    }

    private ProblemLanguage endpoint() {
        return new ProblemLanguage(http.getRootUri(), "PUT", "/api/v1/projects/p1/channels/c1/agreement");
    }
}
