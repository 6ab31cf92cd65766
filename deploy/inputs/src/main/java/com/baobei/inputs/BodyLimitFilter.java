package com.baobei.inputs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import com.baobei.contracts.Texts;
import java.util.LinkedHashMap;

/**
 * Runs before anything else, Spring Security included: a body larger than its path's cap is refused with 413
 * before it is read (by its Content-Length) or as soon as it passes the cap (when it is chunked), so an
 * oversized request costs the service nothing; a header block past its cap is 431; a query parameter with a
 * control character is 400 naming the parameter.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final Map<PathPattern, Long> largeBodies = new LinkedHashMap<>();
    private final long maxHeaders;

    BodyLimitFilter(InputLimits limits) {
        this.maxBody = limits.getMaxBody().toBytes();
        this.maxHeaders = limits.getMaxHeaders().toBytes();
        limits.getLargeBodies().forEach((pattern, size) ->
                largeBodies.put(PathPatternParser.defaultInstance.parse(pattern), size.toBytes()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long headers = headerBytes(request);
        if (headers > maxHeaders) {
            Problems.write(response, 431, Problems.title(431), "headers",
                    "the request's headers are " + headers + " bytes; at most " + maxHeaders);
            return;
        }
        String badParameter = parameterWithRefusedCharacter(request.getQueryString());
        if (badParameter != null) {
            Problems.write(response, 400, Problems.title(400), badParameter,
                    "malformed, or holds a control or invisible formatting character");
            return;
        }
        long cap = capFor(request);
        long declared = request.getContentLengthLong();
        if (declared > cap) {
            Problems.write(response, 413, Problems.title(413), "body",
                    "the body is " + declared + " bytes; this request takes at most " + cap);
            return;
        }
        chain.doFilter(new Capped(request, cap), response);
    }

    long capFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Map.Entry<PathPattern, Long> large : largeBodies.entrySet()) {
            if (large.getKey().matches(path)) {
                return large.getValue();
            }
        }
        return maxBody;
    }

    private static long headerBytes(HttpServletRequest request) {
        long total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                total += name.length() + value.length() + 4;
            }
        }
        return total;
    }

    /** The first query parameter that cannot be decoded or holds a refused character; null when all are clean. */
    static String parameterWithRefusedCharacter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name;
            String value;
            try {
                name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return "query";
            }
            if (Texts.refusedCharacterAt(name, false) >= 0 || Texts.refusedCharacterAt(value, false) >= 0) {
                return Texts.refusedCharacterAt(name, false) >= 0 ? "query" : name;
            }
        }
        return null;
    }

    /** The request with its body stream counted: past the cap, reading fails with {@link BodyTooLarge}. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long cap;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), cap);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long cap;
        private long read;

        CountingStream(ServletInputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > cap) {
                throw new BodyTooLarge(cap);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** Reading a body past its cap. */
    static final class BodyTooLarge extends IOException {
        final long cap;

        BodyTooLarge(long cap) {
            super("the body is larger than " + cap + " bytes");
            this.cap = cap;
        }
    }
}
