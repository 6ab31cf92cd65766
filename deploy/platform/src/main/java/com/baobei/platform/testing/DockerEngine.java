package com.baobei.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks the Docker engine's API directly whether it runs and which images it holds, before Testcontainers is touched:
 * Testcontainers' first call starts its Ryuk container, and an engine that cannot reach a registry then retries that
 * pull for two minutes per attempt (seen here: more than four minutes before a test began). Plain HTTP on the engine's
 * socket has no such side effect. Only the local Unix socket and {@code tcp://} hosts without TLS are asked this
 * way; anything else (a named pipe, a TLS endpoint) is left to Testcontainers.
 */
final class DockerEngine {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Path socket;
    private final URI tcp;

    private DockerEngine(Path socket, URI tcp) {
        this.socket = socket;
        this.tcp = tcp;
    }

    /** The engine this machine names, when it can be asked directly; empty when it cannot be asked this way. */
    static Optional<DockerEngine> askable() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            Path local = Path.of("/var/run/docker.sock");
            return Files.exists(local) ? Optional.of(new DockerEngine(local, null)) : Optional.empty();
        }
        if (host.startsWith("unix://")) {
            return Optional.of(new DockerEngine(Path.of(host.substring("unix://".length())), null));
        }
        boolean tls = "1".equals(System.getenv("DOCKER_TLS_VERIFY"));
        if (host.startsWith("tcp://") && !tls) {
            return Optional.of(new DockerEngine(null, URI.create("http://" + host.substring("tcp://".length()))));
        }
        return Optional.empty();
    }

    /** The engine on this Unix socket. */
    static DockerEngine at(Path socket) {
        return new DockerEngine(socket, null);
    }

    boolean answers() {
        return status("/_ping") == 200;
    }

    boolean hasImage(String image) {
        // image names hold only letters, digits and . _ - / : @, which the engine's router takes as they are
        return status("/images/" + image + "/json") == 200;
    }

    /** The HTTP status of a GET, or -1 when the engine does not answer in time. */
    private int status(String path) {
        try {
            return CompletableFuture.supplyAsync(() -> socket != null ? unixGet(path) : tcpGet(path))
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception noAnswer) {
            return -1;
        }
    }

    private int unixGet(String path) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            String request = "GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(512);
            while (answer.size() < 64 && channel.read(buffer) > 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            String statusLine = answer.toString(StandardCharsets.US_ASCII);
            String[] parts = statusLine.split(" ", 3);
            return parts.length >= 2 ? Integer.parseInt(parts[1].trim()) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private int tcpGet(String path) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
            return client.send(HttpRequest.newBuilder(tcp.resolve(path)).timeout(PATIENCE).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
