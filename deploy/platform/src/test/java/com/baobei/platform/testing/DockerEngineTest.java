package com.baobei.platform.testing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe's questions to a local engine, asked of a stand-in listening on a unix socket: an engine that holds
 * only some images, one that answers nothing like HTTP, and no engine at all.
 */
class DockerEngineTest {

    @TempDir
    Path directory;

    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Test
    void an_engine_answers_which_images_it_holds() throws Exception {
        Path socket = directory.resolve("docker.sock");
        try (ServerSocketChannel server = standIn(socket, "HTTP/1.1 200 OK", "baobei/kafka:3.9.1")) {
            DockerEngine engine = new DockerEngine(socket);
            assertThat(engine.answers()).isTrue();
            assertThat(engine.hasImage("baobei/kafka:3.9.1")).isTrue();
            assertThat(engine.hasImage("apache/kafka:3.9.1")).isFalse();
        }
        assertThat(asked).containsExactly("GET /_ping HTTP/1.0", "GET /images/baobei/kafka:3.9.1/json HTTP/1.0",
                "GET /images/apache/kafka:3.9.1/json HTTP/1.0");
    }

    @Test
    void something_that_is_not_an_engine_holds_nothing() throws Exception {
        Path socket = directory.resolve("other.sock");
        try (ServerSocketChannel server = standIn(socket, "hello", "baobei/kafka:3.9.1")) {
            DockerEngine engine = new DockerEngine(socket);
            assertThat(engine.answers()).isFalse();
            assertThat(engine.hasImage("baobei/kafka:3.9.1")).isFalse();
        }
    }

    @Test
    void no_engine_behind_the_path_answers_nothing() {
        DockerEngine engine = new DockerEngine(directory.resolve("absent.sock"));
        assertThat(engine.answers()).isFalse();
        assertThat(engine.hasImage("postgres:17")).isFalse();
    }

    /** Answers {@code ok} to a ping and to the one image it holds, 404 to every other request. */
    private ServerSocketChannel standIn(Path socket, String ok, String image) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread thread = new Thread(() -> {
            while (server.isOpen()) {
                try (SocketChannel client = server.accept()) {
                    ByteBuffer request = ByteBuffer.allocate(1024);
                    while (!new String(request.array(), 0, request.position(), US_ASCII).contains("\r\n\r\n")) {
                        if (client.read(request) < 0) {
                            break;
                        }
                    }
                    String line = new String(request.array(), 0, request.position(), US_ASCII).lines().findFirst()
                            .orElse("");
                    asked.add(line);
                    boolean known = line.equals("GET /_ping HTTP/1.0")
                            || line.equals("GET /images/" + image + "/json HTTP/1.0");
                    String status = known ? ok : "HTTP/1.1 404 Not Found";
                    client.write(ByteBuffer.wrap((status + "\r\nContent-Length: 0\r\n\r\n").getBytes(US_ASCII)));
                } catch (IOException closed) {
                    return;
                }
            }
        }, "docker-stand-in");
        thread.setDaemon(true);
        thread.start();
        return server;
    }
}
