package com.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A service's problem on its way out: its errors, whatever type each entry is, in the caller's language. */
class ProblemBodiesTest {

    /** As a service writes its entries: a record of its own, not a map. */
    record FieldProblem(String field, String message) {
    }

    @Test
    void errorsOfAnyShapeKeepTheirFieldAndGetTheCallersLanguage() throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "from: must be a day such as 2026-11-26");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem("from", "must be a day such as 2026-11-26"),
                Map.of("field", "kind", "message", "cannot be read: Cannot deserialize value of type `com.baobei.X` "
                        + "from String \"Q\": not one of the values accepted for Enum class: [A, B]")));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "zh-CN,zh;q=0.9");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ServletServerHttpResponse out = new ServletServerHttpResponse(response);
        ProblemDetail written = (ProblemDetail) new ProblemBodies().beforeBodyWrite(problem, null, null, null,
                new ServletServerHttpRequest(request), out);
        out.flush();

        assertThat(written.getTitle()).isEqualTo("请求无效");
        assertThat(written.getDetail()).isEqualTo("from：须为日期，例如 2026-11-26");
        assertThat(written.getProperties().get("errors")).asList().containsExactly(
                Map.of("field", "from", "message", "须为日期，例如 2026-11-26"),
                Map.of("field", "kind", "message", "无法读取：\"Q\" 不在可选值 [A, B] 之中"));
        assertThat(response.getHeader("Content-Language")).isEqualTo("zh-CN");
    }
}
