package com.baobei.demo;

import com.baobei.demo.feed.Services;
import com.baobei.demo.month.MonthGenerator;
import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RunningPlatform;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./run.sh --demo}: the platform as {@code ./run.sh} starts it, but on its own empty data folder
 * ({@code var/demo}, or {@code BAOBEI_DATA_DIR}), then the demo month fed into it ({@link DemoMonth}); the system
 * keeps running for the user to explore until Ctrl-C. Extra arguments: {@code --seed N}.
 */
public final class DemoPlatform {

    private DemoPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        long seed = MonthGenerator.DEFAULT_SEED;
        List<String> platformArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo", "--fresh" -> { }
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> platformArgs.add(args[i]);
            }
        }
        Path root = Path.of(System.getProperty("baobei.root", "")).toAbsolutePath();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("BAOBEI_DATA_DIR", "var/demo");
        // the month is generated for today; a demo always starts from empty data, apart from the user's var/
        PlatformConfig config = PlatformConfig.fromEnvironment(root, env, platformArgs).withFresh(true);
        long month = seed;
        Platform.run(config, platform -> feed(platform, month));
    }

    private static void feed(RunningPlatform platform, long seed) {
        PrintStream out = DemoMonth.stdout();
        PrintStream err = DemoMonth.stderr();
        Services services = new Services(platform.serviceUrl("registration"), platform.serviceUrl("visit"),
                platform.serviceUrl("attribution"), platform.serviceUrl("commission"), platform.issuerUri());
        LocalDate firstDay = MonthGenerator.firstDayOfMonthEndingBefore(LocalDate.now(MonthGenerator.ZONE));
        new DemoMonth(services, platform.kafkaBootstrapServers(), MonthGenerator.generate(seed, firstDay), out, err)
                .run();
        out.println();
        out.println("The system keeps running for you to explore. Ctrl-C stops everything.");
    }
}
