package com.baobei.attribution.live;

import com.baobei.attribution.persistence.StoredEvent;
import com.baobei.contracts.registration.Registered;
import io.micrometer.core.instrument.Counter;
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
    private final Counter resumed;

    public LiveMetrics(MeterRegistry registry) {
        this.verdictLatency = Timer.builder("baobei.verdict.latency")
                .description("From a registration stored by the registration service to its verdict committed here, "
                        + "readable through the API and queued for the verdict topic")
                .publishPercentileHistogram()
                .register(registry);
        this.fold = Timer.builder("baobei.fold")
                .description("One project's fold, reconciliation and write, in the transaction of its new events")
                .publishPercentileHistogram()
                .register(registry);
        this.resumed = Counter.builder("baobei.fold.resumed")
                .description("Folds that went on from the state of the project's last fold instead of its first event (ADR 0031)")
                .register(registry);
    }

    void folded(Duration took, boolean fromState) {
        fold.record(took);
        if (fromState) {
            resumed.increment();
        }
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
