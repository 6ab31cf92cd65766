package com.baobei.registration.tracing;

import com.baobei.contracts.TraceParent;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the W3C {@code traceparent} of the request being handled into the metadata of every event its command
 * applies, so the event store (the outbox, ADR 0002) keeps it and the publisher, on another thread and maybe after a
 * restart, sends it as the record's header (ADR 0026). Outside a traced request (a tracking processor's thread) the
 * handled message's own traceparent is carried on.
 */
@Component
class TraceParentCorrelation implements CorrelationDataProvider {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    TraceParentCorrelation(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        String current = current();
        if (current != null) {
            return Map.of(TraceParent.HEADER, current);
        }
        Object carried = message.getMetaData().get(TraceParent.HEADER);
        return carried instanceof String value && TraceParent.valid(value).isPresent()
                ? Map.of(TraceParent.HEADER, value) : Map.of();
    }

    /**
     * Axon asks every unit of work for correlation data, the publisher's too, once per event: looking the tracer up in
     * the application context each time was a tenth of the publisher's time (ADR 0034), so it is looked up until found.
     */
    private volatile Tracer knownTracer;
    private volatile Propagator knownPropagator;

    /** The current span's traceparent, null without a tracer or a current span. */
    private String current() {
        Tracer t = knownTracer != null ? knownTracer : (knownTracer = tracer.getIfAvailable());
        Propagator p = knownPropagator != null ? knownPropagator : (knownPropagator = propagator.getIfAvailable());
        if (t == null || p == null) {
            return null;
        }
        TraceContext context = t.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        p.inject(context, carrier, Map::put);
        return TraceParent.valid(carrier.get(TraceParent.HEADER)).orElse(null);
    }
}
