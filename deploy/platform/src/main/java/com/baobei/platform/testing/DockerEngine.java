package com.baobei.platform.testing;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The two questions the Docker probe asks a local engine (does it answer, does it hold this image), over its unix
 * socket and without Testcontainers. Testcontainers' client starts its resource reaper (Ryuk) before it answers
 * anything, and an engine that cannot pull that image retries for minutes first: against a real engine with no
 * registry in reach, a test JVM waited about seven minutes to hear "no engine" (ADR 0025).
 */
final class DockerEngine {

    private final Path socket;

    DockerEngine(Path socket) {
        this.socket = socket;
    }

    /** The engine DOCKER_HOST names, or the default socket; none when it is not a local unix socket. */
    static Optional<DockerEngine> local() {
        String host = System.getenv("DOCKER_HOST");
        Path socket;
        if (host == null || host.isBlank()) {
            socket = Path.of("/var/run/docker.sock");
        } else if (host.startsWith("unix://")) {
            socket = Path.of(host.substring("unix://".length()));
        } else {
            return Optional.empty();
        }
        return Files.exists(socket) ? Optional.of(new DockerEngine(socket)) : Optional.empty();
    }

    Path socket() {
        return socket;
    }

    boolean answers() {
        return status("/_ping") == 200;
    }

    boolean hasImage(String image) {
        return status("/images/" + image + "/json") == 200;
    }

    /** The HTTP status of a GET, or -1 when nothing (or nothing like HTTP) answers. */
    private int status(String path) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ByteBuffer request = ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n").getBytes(US_ASCII));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            ByteBuffer answer = ByteBuffer.allocate(256);
            while (answer.hasRemaining() && channel.read(answer) > 0) {
                if (new String(answer.array(), 0, answer.position(), US_ASCII).contains("\n")) {
                    break;
                }
            }
            // "HTTP/1.1 200 OK"
            String[] statusLine = new String(answer.array(), 0, answer.position(), US_ASCII).split("\\s+", 3);
            return statusLine.length >= 2 && statusLine[0].startsWith("HTTP/") ? Integer.parseInt(statusLine[1]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
