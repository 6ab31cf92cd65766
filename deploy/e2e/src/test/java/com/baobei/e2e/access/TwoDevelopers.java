package com.baobei.e2e.access;

import static com.baobei.e2e.access.AccessCast.NORTH;
import static com.baobei.e2e.access.AccessCast.SOUTH;

import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.MasterDataSheets;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Month;
import com.baobei.platform.Platform;
import com.baobei.platform.PlatformConfig;
import com.baobei.platform.RepositoryRoot;
import com.baobei.platform.RunningPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One platform across real processes for the suites that need the two developers of {@link AccessCast} (the access
 * matrix, the hostile inputs): started by the first test class that asks, closed when the test run ends. Starting
 * it once saves the CI minutes of a second start.
 */
public final class TwoDevelopers implements BeforeAllCallback {

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
                .getOrComputeIfAbsent(TwoDevelopers.class, key -> start(), Running.class);
    }

    /** The started platform; only inside a class extended with this. */
    public static Running running() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(TwoDevelopers.class)");
        }
        return running;
    }

    private static Running start() {
        Path root = RepositoryRoot.find();
        Path data = Path.of("target", "access-platform").toAbsolutePath();
        Path usersFile;
        try {
            usersFile = Users.writeFile(data.resolveSibling("access-users.yml"),
                    Users.of(AccessCast.months().toArray(Month[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunningPlatform platform = Platform.start(PlatformConfig.defaults(root).withDataDirectory(data)
                .withAnyFreePorts().withFresh(true).withReadinessTimeout(Duration.ofMinutes(4))
                .withIdentityUsers(usersFile));
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
}
