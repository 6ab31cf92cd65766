package com.baobei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A chosen port is free, outside the range outgoing connections are given, and never chosen twice. */
class PortsTest {

    @Test
    void chosenPortsAreFreeBelowTheEphemeralRangeAndNeverRepeated() throws IOException {
        int ephemeral = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0)
                .trim().split("\\s+")[0]);
        Set<Integer> chosen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = Ports.resolve(0);
            assertThat(port).isLessThan(ephemeral).isGreaterThanOrEqualTo(10_000);
            assertThat(chosen.add(port)).as("port %d chosen twice", port).isTrue();
        }
        int port = Ports.resolve(0);
        try (ServerSocket server = new ServerSocket(port)) {
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortAskedForIsKept() {
        assertThat(Ports.resolve(19092)).isEqualTo(19092);
    }
}
