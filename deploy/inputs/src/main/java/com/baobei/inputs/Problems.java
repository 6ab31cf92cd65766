package com.baobei.inputs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answers of this module, in the services' form: RFC 7807 problem+json whose {@code errors} name the field
 * (a body field's path, a header, a query parameter, or {@code body} / {@code path} for the request as a whole).
 * Written by hand-rolled maps through a private mapper: they are also written where no Spring context exists
 * (Tomcat's error valve, filters before Spring Security).
 */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static byte[] body(int status, String title, String field, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", field + ": " + message);
        problem.put("errors", List.of(Map.of("field", field, "message", message)));
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(HttpServletResponse response, int status, String title, String field, String message)
            throws IOException {
        byte[] body = body(status, title, field, message);
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A title for the container's own status codes; no server names, no class names. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 431 -> "Request headers too large";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
