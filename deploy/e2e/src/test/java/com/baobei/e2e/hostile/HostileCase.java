package com.baobei.e2e.hostile;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One row of the table: which endpoint, what kind of hostility, the field the answer must name, the request, and
 * the statuses that count as a refusal of it.
 *
 * @param names    what the problem's {@code errors[].field} (or, for the container's answers, its {@code detail}) may
 *                 call the field: its path, and for huge bodies {@code body}; empty for a refusal by role alone
 * @param statuses the 4xx statuses that are right for this case
 */
record HostileCase(String service, String endpoint, String kind, String field, Request request, Set<Integer> statuses,
                   Set<String> names) {

    /** What is sent: a path that may hold raw escapes, the caller's headers, and a body made when it is sent. */
    record Request(String method, String path, String user, Map<String, String> headers, String contentType,
                   Supplier<byte[]> body) {
    }

    String title() {
        return service + " " + endpoint + " [" + kind + "]" + (field == null ? "" : " " + field);
    }
}
