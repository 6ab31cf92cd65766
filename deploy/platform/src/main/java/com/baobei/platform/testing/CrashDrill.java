package com.baobei.platform.testing;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A service under write load is killed with SIGKILL half-way, then started again and loaded to
 * the end: what a publisher must survive without losing an event. The caller checks afterwards
 * that everything stored reached the topic.
 */
public final class CrashDrill {

    private static final int CALLERS = 4;

    private CrashDrill() {
    }

    /**
     * Runs the drill and returns how many requests were answered 201; some requests in flight
     * at the kill may have been stored without an answer.
     *
     * @param request the n-th request to send, n counting the requests answered so far
     */
    public static int run(JarProcess service, int target, IntFunction<HttpRequest> request) throws Exception {
        service.start();
        AtomicInteger accepted = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            Thread caller = new Thread(() -> postUntilKilled(accepted, request));
            caller.start();
            callers.add(caller);
        }
        while (accepted.get() < target / 2) {
            Thread.sleep(5);
        }
        service.kill();
        for (Thread caller : callers) {
            caller.join();
        }
        service.start();
        post(accepted, target, request);
        return accepted.get();
    }

    private static void postUntilKilled(AtomicInteger accepted, IntFunction<HttpRequest> request) {
        try {
            post(accepted, Integer.MAX_VALUE, request);
        } catch (Exception killed) {
            // the service died under this caller: that is the drill
        }
    }

    private static void post(AtomicInteger accepted, int target, IntFunction<HttpRequest> request) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        while (accepted.get() < target) {
            HttpResponse<String> response = client.send(request.apply(accepted.get()),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("expected 201, got " + response.statusCode() + ": " + response.body());
            }
            accepted.incrementAndGet();
        }
    }
}
