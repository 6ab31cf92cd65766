package com.baobei.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Chooses free ports for servers started with port 0, and checks that a port is free before a server is started on
 * it, so the message names the setting to change.
 */
final class Ports {

    /**
     * Ports this JVM has handed out. The system may give a just-closed port again to the next request: Kafka's client
     * and controller listeners once got the same one, and Kafka refused to format its storage.
     */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.Random RANDOM = new java.util.Random();

    private Ports() {
    }

    /**
     * {@code port}, or a free one chosen now when it is 0, never one this JVM chose before. Chosen below the system's
     * ephemeral range: a port is chosen here and bound later by another process, and in between an outgoing
     * connection (a Kafka client's, a JDBC pool's) could be given it if it were in that range; a server asking for
     * port 0 is also given one there. Seen under load: a test's service answered 404 because another process held
     * the port chosen for it.
     */
    static int resolve(int port) {
        if (port != 0) {
            return port;
        }
        int below = ephemeralStart();
        int from = Math.max(10_000, below - 12_000);
        for (int tries = 0; tries < 1_000; tries++) {
            int candidate = from + RANDOM.nextInt(below - from);
            if (!GIVEN.contains(candidate) && isFree(candidate) && GIVEN.add(candidate)) {
                return candidate;
            }
        }
        throw new PlatformException("Could not find a free port between " + from + " and " + below);
    }

    /** The first port the system hands out for outgoing connections and port 0 (Linux: 32768 unless changed). */
    private static int ephemeralStart() {
        try {
            // read as lines: /proc reports a size of 0, and Files.readString of it gave the first character only
            String range = java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0);
            int start = Integer.parseInt(range.trim().split("\\s+")[0]);
            return start > 12_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    static void requireFree(int port, String what, String setting) {
        if (!isFree(port)) {
            throw new PlatformException("Port " + port + " (" + what + ") is already in use. Stop what uses it, or "
                    + "choose another port, e.g. " + setting + "=" + suggestion(port) + " ./run.sh");
        }
    }

    static boolean isFree(int port) {
        // The wildcard address conflicts with any listener on the port, loopback or not; SO_REUSEADDR lets a port
        // still in TIME_WAIT from the previous run count as free, as it does for the servers themselves.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int suggestion(int port) {
        return port < 10_000 ? port + 10_000 : port + 1;
    }
}
