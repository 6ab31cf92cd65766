package com.baobei.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port is free before a server is started on it, so the message names the setting to change. */
final class Ports {

    /**
     * Ports this JVM has handed out. The system may give a just-closed port again to the next request: Kafka's client
     * and controller listeners once got the same one, and Kafka refused to format its storage.
     */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** {@code port}, or a free one chosen now when it is 0, never one this JVM chose before. */
    static int resolve(int port) {
        if (port != 0) {
            return port;
        }
        for (int tries = 0; tries < 100; tries++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (GIVEN.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new PlatformException("Could not find a free port: " + e.getMessage(), e);
            }
        }
        throw new PlatformException("Could not find a free port not chosen before in this process");
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
