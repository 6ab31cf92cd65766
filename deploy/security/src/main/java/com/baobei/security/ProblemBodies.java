package com.baobei.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem+json a controller or exception handler of any service answers passes here on its way out: its
 * title, detail and each {@code errors[].message} in the caller's language ({@link ProblemLanguage}), field names
 * untouched, and no Java class name in any of them. One place for the four services' own handlers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemBodies implements ResponseBodyAdvice<Object> {

    /** Turns a service's own error entry (a record, a map) into the map it would be written as. */
    private static final ObjectMapper ENTRIES = new ObjectMapper().findAndRegisterModules();

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail problem)) {
            return body;
        }
        boolean zh = ProblemLanguage.chinese(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        problem.setTitle(ProblemLanguage.title(problem.getStatus(), problem.getTitle(), zh));
        problem.setDetail(ProblemLanguage.text(problem.getDetail(), zh));
        Map<String, Object> properties = problem.getProperties();
        if (properties != null && properties.get("errors") instanceof List<?> errors) {
            problem.setProperty("errors", translated(errors, zh));
        }
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, zh ? "zh-CN" : "en");
        return problem;
    }

    private static List<Object> translated(List<?> errors, boolean zh) {
        List<Object> out = new ArrayList<>(errors.size());
        for (Object error : errors) {
            Object entry = error instanceof Map<?, ?> || error == null || error instanceof String ? error
                    : asMap(error);
            if (entry instanceof Map<?, ?> map && map.get("message") instanceof String message) {
                Map<Object, Object> copy = new LinkedHashMap<>(map);
                copy.put("message", ProblemLanguage.text(message, zh));
                out.add(copy);
            } else {
                out.add(error);
            }
        }
        return out;
    }

    private static Object asMap(Object error) {
        try {
            return ENTRIES.convertValue(error, Map.class);
        } catch (IllegalArgumentException e) {
            return error;
        }
    }
}
