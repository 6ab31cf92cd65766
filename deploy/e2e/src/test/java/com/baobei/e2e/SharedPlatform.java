package com.baobei.e2e;

import static com.baobei.e2e.access.AccessCast.NORTH;
import static com.baobei.e2e.access.AccessCast.SOUTH;

import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.MasterDataSheets;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Month;
import com.baobei.e2e.access.AccessCast;
import com.baobei.e2e.access.Fixture;
import com.baobei.e2e.access.Forgeries;
import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import com.baobei.platform.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One platform across real processes for the suites that can share it (the access matrix, the hostile inputs, the
 * simulation memory, the erasure, the trace): started by the first test class that asks, closed when the test run
 * ends. Starting it once saves the CI the minutes of further starts. The identity provider knows the people of every
 * sharing suite from the start: the two developers of {@link AccessCast}, and the tenants of {@link ErasureMonth} and
 * {@link TraceMonth}, which those two suites feed themselves and no other suite touches. The two developers' master
 * data and {@link Fixture}s are made here. Supervision is on, as {@code ./run.sh} has it (the simulation memory suite
 * counts restarts); the suites that kill processes start platforms of their own.
 */
public final class SharedPlatform implements BeforeAllCallback {

    /** What the suites use: the processes, how to call them, and each developer's records. */
    public record Running(RunningPlatform platform, Services services, Api api, Login login, Forgeries forgeries,
                          Fixture north, Fixture south) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            platform.close();
        }
    }

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedPlatform.class, key -> start(), Running.class);
    }

    /** The started platform; only inside a class extended with this. */
    public static Running running() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SharedPlatform.class)");
        }
        return running;
    }

    private static Running start() {
        Path root = RepositoryRoot.find();
        Path data = Path.of("target", "shared-platform").toAbsolutePath();
        List<Month> people = new ArrayList<>(AccessCast.months());
        // the users only: each of these suites builds and feeds its month itself (the same tenants and people)
        people.add(ErasureMonth.of(LocalDate.now(ErasureMonth.ZONE).minusDays(3)).month());
        people.add(TraceMonth.of(LocalDate.now(TraceMonth.ZONE).minusDays(3)).month());
        Path usersFile;
        try {
            usersFile = Users.writeFile(data.resolveSibling("shared-users.yml"),
                    Users.of(people.toArray(Month[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlatformConfig config = PlatformConfig.defaults(root).withDataDirectory(data)
                .withAnyFreePorts().withFresh(true).withReadinessTimeout(Duration.ofMinutes(4))
                .withIdentityUsers(usersFile);
        RunningPlatform platform = Platform.start(config.withServices(config.services().stream()
                .map(SharedPlatform::withPublicationsLogged).toList()));
        try {
            Services services = new Services(platform.serviceUrl("registration"), platform.serviceUrl("visit"),
                    platform.serviceUrl("attribution"), platform.serviceUrl("commission"), platform.issuerUri());
            Login login = new Login(services.identity(), Users.PASSWORD);
            Api api = new Api(login);
            Forgeries forgeries = new Forgeries(data.resolve("identity"),
                    platform.issuerUri().toString().replaceAll("/$", ""));
            // the developers' master data first: every registration, visit and agreement names it (ADR 0014)
            for (Month month : AccessCast.months()) {
                MasterDataSheets.put(api, services, month);
            }
            Fixture north = Fixture.create(api, services, NORTH, 1);
            Fixture south = Fixture.create(api, services, SOUTH, 2);
            return new Running(platform, services, api, login, forgeries, north, south);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /**
     * The attribution service logs each decision it publishes (DEBUG), in the decision's trace: {@link OneTraceIT}
     * reads those lines. One line per published record, naming its type, id and topic: no full number for
     * {@link ErasureEndToEndIT}'s look through every log, and no other suite reads the logs.
     */
    private static ServiceSpec withPublicationsLogged(ServiceSpec spec) {
        if (!spec.name().equals("attribution")) {
            return spec;
        }
        List<String> arguments = new ArrayList<>();
        arguments.add("-Dlogging.level.com.baobei.attribution.kafka.OutboxRelay=DEBUG");
        arguments.addAll(spec.launchArguments());
        return new ServiceSpec(spec.name(), spec.port(), spec.database(), arguments);
    }
}
