package com.baobei.demo;

import com.baobei.contracts.Topics;
import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.CatchUp;
import com.baobei.demo.feed.Feeder;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.Users;
import com.baobei.demo.feed.Outcomes;
import com.baobei.demo.feed.Progress;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Summary;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.MonthGenerator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Feeds the demo month into running services and prints what came of it. Arguments:
 * {@code [--seed N] [--first-day YYYY-MM-DD] [--services reg,visit,attribution,commission] [--kafka host:port]};
 * by default the month that ended yesterday (Asia/Shanghai), the default seed, the services on their default
 * ports and Kafka on the launcher's default port. {@code ./run.sh --demo} starts the platform first
 * ({@link DemoPlatform}).
 */
public final class DemoMonth {

    private final Services services;
    private final String kafka;
    private final Month month;
    private final PrintStream out;
    private final PrintStream err;

    public DemoMonth(Services services, String kafka, Month month, PrintStream out, PrintStream err) {
        this.services = services;
        this.kafka = kafka;
        this.month = month;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Options options = Options.parse(List.of(args));
        new DemoMonth(options.services(), options.kafka(), options.month(), stdout(), stderr()).run();
    }

    /** Feeds, waits for the decisions, issues the statements, prints the summary. */
    public void run() {
        long started = System.nanoTime();
        Api api = new Api(new Login(services.identity(), Users.PASSWORD));
        Feeder feeder = new Feeder(api, services, month);
        err.printf("Feeding the month %s to %s: %d steps through the REST APIs%n", month.firstDay(), month.lastDay(),
                month.steps().size());
        feeder.setUp();
        Progress progress = new Progress(err, month.steps().size());
        feeder.feed(month.steps(), progress);
        progress.finish("fed");
        Duration fedIn = Duration.ofNanos(System.nanoTime() - started);
        err.println("Waiting for the attribution and commission services to catch up...");
        try (CatchUp catchUp = new CatchUp(kafka)) {
            catchUp.await(feeder.published(), readers(), Duration.ofMinutes(5), Progress.none());
        }
        err.println("Issuing the month's statements (role FINANCE)...");
        Outcomes.issueMonth(api, services, month);
        Outcomes outcomes = Outcomes.read(api, services, feeder);
        new Summary(month, feeder, outcomes, services, out).print(fedIn);
        out.flush();
    }

    /** The consumer groups that must have read everything before the month's outcome is complete. */
    public static Map<String, List<String>> readers() {
        return Map.of(Topics.REGISTRATION_EVENTS.name(), List.of("attribution-service"),
                Topics.VISIT_EVENTS.name(), List.of("attribution-service"),
                Topics.PURCHASE_ATTRIBUTIONS.name(), List.of("commission-purchase-attributions"));
    }

    static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    static PrintStream stderr() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }

    /** The command line. */
    record Options(Services services, String kafka, Month month) {

        static Options parse(List<String> args) {
            Services services = Services.localDefaults();
            String kafka = "localhost:19092";
            long seed = MonthGenerator.DEFAULT_SEED;
            LocalDate firstDay = MonthGenerator.firstDayOfMonthEndingBefore(LocalDate.now(MonthGenerator.ZONE));
            for (int i = 0; i < args.size(); i++) {
                String value = i + 1 < args.size() ? args.get(i + 1) : "";
                switch (args.get(i)) {
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--first-day" -> firstDay = LocalDate.parse(value);
                    case "--kafka" -> kafka = value;
                    case "--services" -> {
                        String[] urls = value.split(",");
                        services = new Services(URI.create(urls[0]), URI.create(urls[1]), URI.create(urls[2]),
                                URI.create(urls[3]), urls.length > 4 ? URI.create(urls[4]) : services.identity());
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args.get(i) + "; usage: "
                            + "[--seed N] [--first-day YYYY-MM-DD] [--services r,v,a,c[,identity]] [--kafka host:port]");
                }
                i++;
            }
            return new Options(services, kafka, MonthGenerator.generate(seed, firstDay));
        }
    }
}
