package com.baobei.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe asks an engine's socket which images it holds, as the Docker API answers: here a stand-in engine on a
 * Unix socket that holds one image and answers /_ping.
 */
class DockerEngineTest {

    @TempDir
    Path dir;

    @Test
    void anEngineIsAskedForItsImagesWithoutPullingAnything() throws Exception {
        Path socket = dir.resolve("docker.sock");
        List<String> asked = new CopyOnWriteArrayList<>();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread engine = new Thread(() -> serve(server, asked));
            engine.setDaemon(true);
            engine.start();

            DockerEngine probe = DockerEngine.at(socket);
            assertThat(probe.answers()).isTrue();
            assertThat(probe.hasImage("postgres:17")).isTrue();
            assertThat(probe.hasImage("apache/kafka:3.9.1")).isFalse();
        }
        assertThat(asked).containsExactly("GET /_ping", "GET /images/postgres:17/json",
                "GET /images/apache/kafka:3.9.1/json");
    }

    @Test
    void aSocketNobodyListensOnIsNoEngine() throws IOException {
        Path socket = Files.createFile(dir.resolve("stale.sock"));
        assertThat(DockerEngine.at(socket).answers()).isFalse();
    }

    private static void serve(ServerSocketChannel server, List<String> asked) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocate(1024);
                StringBuilder request = new StringBuilder();
                while (!request.toString().contains("\r\n\r\n") && client.read(buffer) > 0) {
                    request.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
                    buffer.clear();
                }
                String line = request.substring(0, request.indexOf(" HTTP/"));
                asked.add(line);
                boolean found = line.equals("GET /_ping") || line.equals("GET /images/postgres:17/json");
                String answer = found ? "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nOK"
                        : "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n";
                client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException closed) {
                return;
            }
        }
    }
}
