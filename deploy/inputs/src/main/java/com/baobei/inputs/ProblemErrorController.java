package com.baobei.inputs;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's {@code /error}, where the container forwards every error no handler answered (a status sent
 * with {@code sendError}, an exception from a filter): problem+json with the status's title, never Boot's
 * default body with its exception class and path, nor an HTML page.
 * Hidden from the OpenAPI documents: it is the container's fallback, not an endpoint anyone calls.
 */
@Hidden
@RestController
final class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        if (InputProblemResolver.cause((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
                BodyLimitFilter.BodyTooLarge.class) != null) {
            status = 413;
        }
        String field = status == 404 || status == 405 ? "path" : "request";
        String message = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request is larger than this service takes";
            default -> status >= 500 ? "the service could not answer; nothing was stored" : "refused";
        };
        Problems.write(response, status, Problems.title(status), field, message);
    }
}
