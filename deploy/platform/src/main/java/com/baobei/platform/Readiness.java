package com.baobei.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls a service's readiness endpoint until it answers UP, the process dies, or time runs out. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    static void await(URI readinessUrl, ChildProcess process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(readinessUrl).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new PlatformException(process.name() + " stopped while starting (exit code "
                        + process.process().exitValue() + "; see " + process.log() + "). Its last lines:\n"
                        + process.tail(25));
            }
            if (isUp(request)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new PlatformException(process.name() + " was not ready within " + timeout.toSeconds()
                        + " s at " + readinessUrl + " (see " + process.log() + "). Its last lines:\n"
                        + process.tail(25));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("Interrupted while waiting for " + process.name(), e);
            }
        }
    }

    static boolean isUp(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
