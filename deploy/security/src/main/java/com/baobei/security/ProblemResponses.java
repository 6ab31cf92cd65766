package com.baobei.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401 and 403 decided before a controller runs, as problem+json like every other error of the services, with the
 * {@code WWW-Authenticate: Bearer ...} header RFC 6750 asks for. The detail never repeats the token.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        String detail = request.getHeader("Authorization") == null
                ? "This needs a bearer token (Authorization: Bearer ...) from the identity provider."
                : "The bearer token was refused: it is expired, malformed, not signed by the identity provider, "
                        + "of another issuer or audience, or not made for this system.";
        write(request, response, 401, "Unauthorized", detail);
    }

    /** A refused token is 401; an identity provider that cannot be reached to check it is 503, retry soon. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof TokenDecoders.IdentityProviderUnavailable) {
            response.setHeader("Retry-After", "5");
            write(request, response, 503, "Service Unavailable",
                    "The identity provider cannot be reached to check the token; try again shortly.");
            return;
        }
        commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        denied.handle(request, response, e);
        write(request, response, 403, "Forbidden", "Your role may not do this.");
    }

    /** In the caller's language (Accept-Language: zh-CN answers in Chinese), as every other problem. */
    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String detail) throws IOException {
        boolean zh = ProblemLanguage.chinese(request.getHeader("Accept-Language"));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", zh ? "zh-CN" : "en");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(ProblemLanguage.title(status, title, zh))
                + "\",\"status\":" + status + ",\"detail\":\"" + json(ProblemLanguage.text(detail, zh)) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
