package com.baobei.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./run.sh}: starts PostgreSQL, a Kafka broker, the topics and the four services, prints where they are,
 * and stops all of it on Ctrl-C or SIGTERM. Also usable from tests through {@link #start(PlatformConfig)}.
 */
public final class Platform {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);

    private Platform() {
    }

    /** Starts everything and returns once every service is ready; on failure, stops what was started and throws. */
    public static RunningPlatform start(PlatformConfig config) {
        RunningPlatform platform = new RunningPlatform(config);
        try {
            platform.start();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("baobei.root", "")).toAbsolutePath();
        PlatformConfig config;
        try {
            config = PlatformConfig.fromEnvironment(root, System.getenv(), List.of(args));
        } catch (PlatformException e) {
            log.error(e.getMessage());
            System.exit(2);
            return;
        }
        run(config, platform -> { });
    }

    /**
     * What {@code ./run.sh} does: starts everything, prints where it is, runs {@code whenReady} (the demo of
     * {@code ./run.sh --demo} feeds its month there) and keeps running until Ctrl-C or SIGTERM stops it all.
     * Exits the JVM with 1 when the platform cannot start or {@code whenReady} fails.
     */
    public static void run(PlatformConfig config, Consumer<RunningPlatform> whenReady) throws InterruptedException {
        RunningPlatform platform = new RunningPlatform(config);
        // Registered before anything starts, so that Ctrl-C during startup stops what is already running.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "baobei-stop"));
        boolean ready = false;
        try {
            platform.start();
            ready = true;
            platform.printSummary();
            whenReady.accept(platform);
        } catch (RuntimeException e) {
            if (platform.isClosing()) {
                return; // Ctrl-C during startup: the shutdown hook is stopping everything, nothing failed
            }
            if (e instanceof PlatformException) {
                log.error(e.getMessage());
            } else {
                log.error(ready ? "Stopping: failed once the platform was ready" : "The platform could not start", e);
            }
            platform.close();
            System.exit(1);
        }
        platform.awaitClosed();
    }
}
