package com.baobei.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * One service to run: its name, HTTP port, database and what follows {@code java <options>} to launch it
 * (normally {@code -jar <module>/target/<module>.jar}).
 */
public record ServiceSpec(String name, int port, String database, List<String> launchArguments) {

    public ServiceSpec {
        launchArguments = List.copyOf(launchArguments);
    }

    /** The service built as {@code <name>-service/target/<name>-service.jar}, with a database of its own name. */
    public static ServiceSpec module(Path repositoryRoot, String name, int port) {
        String module = name + "-service";
        return new ServiceSpec(name, port, name,
                List.of("-jar", repositoryRoot.resolve(module).resolve("target").resolve(module + ".jar").toString()));
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, database, launchArguments);
    }

    /** The jar this service runs from, if it is launched from one. */
    public Path jar() {
        int at = launchArguments.indexOf("-jar");
        return at >= 0 && at + 1 < launchArguments.size() ? Path.of(launchArguments.get(at + 1)) : null;
    }
}
