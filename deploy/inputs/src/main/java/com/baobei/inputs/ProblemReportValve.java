package com.baobei.inputs;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for what it refuses before Spring sees the request (a malformed or encoded-slash
 * URI, a NUL in the path, an oversized header block): problem+json naming what was wrong, not an HTML page
 * with the server's name.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String field = switch (status) {
            case 400, 404, 414 -> "path";
            case 431 -> "headers";
            case 413 -> "body";
            default -> "request";
        };
        String message = switch (status) {
            case 400 -> "the request line or its path is malformed (encoded '/', control characters, bad encoding)";
            case 404 -> "no such resource";
            case 413 -> "the request is larger than this service takes";
            case 414 -> "the path is too long";
            case 431 -> "the request's headers are too large";
            default -> status >= 500 ? "the service could not answer; nothing was stored" : "refused";
        };
        byte[] body = Problems.body(status, Problems.title(status), field, message);
        try {
            response.setContentType(Problems.PROBLEM_JSON);
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException cannotWrite) {
            // the connection is gone or the response already committed: nothing left to tell the caller
        }
    }
}
