package com.baobei.attribution.live;

import com.baobei.attribution.persistence.StoredEvent;
import com.baobei.contracts.registration.Registered;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What an operator watches of the live path (issue 15), on {@code /actuator/prometheus}: how long a channel agent
 * waits for a verdict, and how long one project's fold takes as its history grows (issue 16's curve).
 */
@Component
public class LiveMetrics {

    private final Timer verdictLatency;
    private final Timer fold;
    private final Timer foldFromStart;

    public LiveMetrics(MeterRegistry registry) {
        this.verdictLatency = Timer.builder("baobei.verdict.latency")
                .description("From a registration stored by the registration service to its verdict committed here, "
                        + "readable through the API and queued for the verdict topic")
                .publishPercentileHistogram()
                .register(registry);
        this.fold = foldTimer("state").register(registry);
        this.foldFromStart = foldTimer("start").register(registry);
    }

    /** Tagged {@code from}: "state" when the new events were folded on from the last fold's state, else "start" (ADR 0031). */
    private static Timer.Builder foldTimer(String from) {
        return Timer.builder("baobei.fold")
                .description("One project's fold, reconciliation and write, in the transaction of its new events")
                .tag("from", from)
                .publishPercentileHistogram();
    }

    void folded(Duration took, boolean fromState) {
        (fromState ? fold : foldFromStart).record(took);
    }

    /** After the commit that decided them: the registrations among the new events now have their verdict. */
    void decided(List<StoredEvent> added, Instant committed) {
        for (StoredEvent event : added) {
            if (event.envelope().data() instanceof Registered) {
                Duration waited = Duration.between(event.envelope().recordedAt(), committed);
                verdictLatency.record(waited.isNegative() ? Duration.ZERO : waited);
            }
        }
    }
}
