package com.baobei.console.browser;

import com.baobei.console.ConsoleApplication;
import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Feeder;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.MonthGenerator;
import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real platform (PostgreSQL, Kafka, the identity provider, the four services as processes) with the demo
 * month's people and master data, and the console in this JVM pointed at them. The console's address is 127.0.0.1:
 * the identity provider accepts the console's loopback redirect on any port (RFC 8252).
 */
final class ConsolePlatform implements AutoCloseable {

    final RunningPlatform platform;
    final Services services;
    final Month month;
    final Api api;
    final Path repositoryRoot;
    private final ConfigurableApplicationContext console;

    private ConsolePlatform(RunningPlatform platform, Services services, Month month, Api api, Path root,
                            ConfigurableApplicationContext console) {
        this.platform = platform;
        this.services = services;
        this.month = month;
        this.api = api;
        this.repositoryRoot = root;
        this.console = console;
    }

    static ConsolePlatform start() throws IOException {
        Path root = RepositoryRoot.find();
        Path data = Path.of("target", "console-platform").toAbsolutePath();
        Month month = MonthGenerator.generate(MonthGenerator.DEFAULT_SEED,
                MonthGenerator.firstDayOfMonthEndingBefore(LocalDate.now(MonthGenerator.ZONE)));
        Path usersFile = Users.writeFile(data.resolveSibling("console-users.yml"), Users.of(month));
        RunningPlatform platform = Platform.start(PlatformConfig.defaults(root).withDataDirectory(data)
                .withAnyFreePorts().withFresh(true).withReadinessTimeout(Duration.ofMinutes(4))
                .withIdentityUsers(usersFile));
        try {
            Services services = new Services(platform.serviceUrl("registration"), platform.serviceUrl("visit"),
                    platform.serviceUrl("attribution"), platform.serviceUrl("commission"), platform.issuerUri());
            Api api = new Api(new Login(services.identity(), Users.PASSWORD));
            new Feeder(api, services, month).setUp();
            ConfigurableApplicationContext console = new SpringApplicationBuilder(ConsoleApplication.class).run(
                    "--server.port=0",
                    "--spring.security.oauth2.client.provider.baobei.issuer-uri=" + platform.issuerUri(),
                    "--baobei.console.services.registration=" + services.registration(),
                    "--baobei.console.services.visit=" + services.visit(),
                    "--baobei.console.services.attribution=" + services.attribution(),
                    "--baobei.console.services.commission=" + services.commission());
            return new ConsolePlatform(platform, services, month, api, root, console);
        } catch (RuntimeException | Error failed) {
            platform.close();
            throw failed;
        }
    }

    String consoleUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) console).getWebServer().getPort();
    }

    Path screens() {
        return repositoryRoot.resolve("docs").resolve("screens");
    }

    @Override
    public void close() {
        console.close();
        platform.close();
    }
}
