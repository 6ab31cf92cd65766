package com.baobei.inputs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Runs before the services' own exception handlers and answers only what this module owns: a body past its
 * cap (413), a string with a refused character or a duplicate key (400 naming the field), and an unreachable
 * database (503 with Retry-After). Anything else falls through to the service.
 */
final class InputProblemResolver implements HandlerExceptionResolver, Ordered {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final int retryAfterSeconds;

    InputProblemResolver(int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        try {
            if (!answer(response, ex)) {
                return null;
            }
        } catch (IOException cannotWrite) {
            return null;
        }
        return new ModelAndView();
    }

    private boolean answer(HttpServletResponse response, Exception ex) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        BodyLimitFilter.BodyTooLarge tooLarge = cause(ex, BodyLimitFilter.BodyTooLarge.class);
        if (tooLarge != null) {
            Problems.write(response, 413, Problems.title(413), "body",
                    "this request takes at most " + tooLarge.cap + " bytes");
            return true;
        }
        if (cause(ex, MaxUploadSizeExceededException.class) != null) {
            Problems.write(response, 413, Problems.title(413), "file", "the upload is larger than this service takes");
            return true;
        }
        CleanText.RefusedText refused = cause(ex, CleanText.RefusedText.class);
        if (refused != null) {
            Problems.write(response, 400, Problems.title(400), path(refused), refused.getOriginalMessage());
            return true;
        }
        StreamReadException read = cause(ex, StreamReadException.class);
        if (read != null && read.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(read.getOriginalMessage());
            if (duplicate.find()) {
                Problems.write(response, 400, Problems.title(400), duplicatePath(read, duplicate.group(1)),
                        "given twice: a field appears once in a request");
                return true;
            }
        }
        if (Outages.isDatabaseOutage(ex)) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            Problems.write(response, 503, Problems.title(503), "database",
                    "the database cannot be reached just now; nothing was stored, retry after "
                            + retryAfterSeconds + " seconds");
            return true;
        }
        return false;
    }

    /** Jackson's path as the services write it: {@code form.signatures[2].ref}. */
    static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String duplicatePath(StreamReadException ex, String field) {
        JsonParser parser = ex.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            // the pointer ends at the duplicate itself: turn /form/a/0/x into form.a[0].x
            String path = pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
            path = path.startsWith(".") ? path.substring(1) : path;
            if (path.endsWith(field)) {
                return path;
            }
            return path.isEmpty() ? field : path + "." + field;
        }
        return field;
    }

    static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
