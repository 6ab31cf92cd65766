package com.baobei.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a Docker engine could be configured at all. Testcontainers' own probe logs an ERROR with a long list of
 * failed strategies when none is, which reads like a broken build on machines that simply have no Docker; so it is
 * only asked when one of the usual sockets or settings exists.
 */
final class DockerHints {

    private DockerHints() {
    }

    static boolean anyPresent() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return true; // a named pipe, not a file: let Testcontainers ask
        }
        if (notBlank(System.getenv("DOCKER_HOST")) || notBlank(System.getenv("TESTCONTAINERS_HOST_OVERRIDE"))) {
            return true;
        }
        return candidates().stream().anyMatch(Files::exists);
    }

    private static List<Path> candidates() {
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> paths = new ArrayList<>(List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".testcontainers.properties"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (notBlank(runtimeDir)) {
            paths.add(Path.of(runtimeDir, "docker.sock"));
            paths.add(Path.of(runtimeDir, "podman/podman.sock"));
        }
        return paths;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
