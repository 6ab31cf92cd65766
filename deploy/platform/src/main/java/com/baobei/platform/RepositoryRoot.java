package com.baobei.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's top folder (the one with {@code mvnw} and {@code deploy/}), found by walking up. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** Walks up from the working directory; tests run in their module's folder. */
    public static Path find() {
        return from(Path.of(""));
    }

    public static Path from(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No repository root (a folder with mvnw and deploy/) above "
                + start.toAbsolutePath());
    }
}
