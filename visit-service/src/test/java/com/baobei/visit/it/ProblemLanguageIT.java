package com.baobei.visit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.UsesRealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import com.baobei.platform.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Typical bad inputs (malformed JSON, a wrong type, an unknown enum value, missing fields) answer problem+json
 * without a Java class name in any language, in Simplified Chinese when the caller asks with Accept-Language
 * (zh-CN, zh, zh-Hans) and in English otherwise; the field names stay as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = VisitPublishingIT.PROPERTIES)
@UsesRealInfrastructure
class ProblemLanguageIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String HAN = ".*\\p{IsHan}.*";

    @Autowired
    TestRestTemplate http;

    @Test
    void badInputsAreProblemsWithoutClassNamesInEnglishOrInChineseWhenAsked() {
        String token = TOKENS.office("CONSULTANT", "cs-lang", "t-it", "p1");
        List<String> bodies = List.of(
                "{\"tenantId\":",
                "{\"tenantId\":\"t-it\",\"projectId\":\"p1\",\"stage\":\"SUBSCRIPTION\",\"amount\":{\"yuan\":1}}",
                "{\"tenantId\":\"t-it\",\"projectId\":\"p1\",\"stage\":\"CASTLE\"}",
                "{}");
        List<String> wrong = new ArrayList<>();
        for (String body : bodies) {
            for (String language : new String[] {null, "en", "zh-CN", "zh", "zh-Hans"}) {
                ResponseEntity<String> answer = send(HttpMethod.POST, "/api/v1/purchases", token, body, language);
                String what = body + " [" + language + "] -> " + answer.getStatusCode().value() + " " + answer.getBody();
                boolean chinese = language != null && language.startsWith("zh");
                String text = answer.getBody() == null ? "" : answer.getBody();
                if (!answer.getStatusCode().is4xxClientError()
                        || !String.valueOf(answer.getHeaders().getContentType()).startsWith("application/problem+json")
                        || text.contains("java.") || text.contains("com.baobei") || text.contains("Exception")
                        || title(text).matches(HAN) != chinese) {
                    wrong.add(what);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withoutATokenTheProblemIsInChineseWhenAsked() {
        ResponseEntity<String> zh = send(HttpMethod.POST, "/api/v1/purchases", null, "{}", "zh-CN");
        assertThat(zh.getStatusCode().value()).isEqualTo(401);
        assertThat(zh.getBody()).contains("未认证").contains("访问令牌");
        assertThat(zh.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("zh-CN");
        ResponseEntity<String> en = send(HttpMethod.POST, "/api/v1/purchases", null, "{}", null);
        assertThat(en.getBody()).contains("Unauthorized").doesNotContainPattern("\\p{IsHan}");
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String token, String body, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** The problem's title as written: the first "title" member of the body. */
    private static String title(String body) {
        int at = body.indexOf("\"title\":\"");
        if (at < 0) {
            return "";
        }
        int from = at + 9;
        return body.substring(from, Math.max(from, body.indexOf('"', from)));
    }
}
