package com.baobei.attribution.kafka;

import com.baobei.contracts.TraceParent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Continues the trace of the event behind a decision when the decision is sent (ADR 0026): a producer span, child of
 * the stored traceparent, is current while the record is sent (so log lines name its trace) and the record carries
 * the span's own traceparent. Without a tracer (tests without observability) the stored traceparent goes on as it is.
 */
@Component
public class RecordTraces {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public RecordTraces(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** {@code send} called with the traceparent the record should carry (null when {@code traceparent} is null). */
    public <T> T continued(String traceparent, String spanName, Function<String, T> send) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        if (traceparent == null || t == null || p == null) {
            return send.apply(traceparent);
        }
        Span span = p.extract(Map.of(TraceParent.HEADER, traceparent), Map::get)
                .name(spanName).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope scope = t.withSpan(span)) {
            Map<String, String> carrier = new HashMap<>();
            p.inject(span.context(), carrier, Map::put);
            // a no-op tracer injects nothing: the stored traceparent still names the trace
            return send.apply(TraceParent.valid(carrier.get(TraceParent.HEADER)).orElse(traceparent));
        } finally {
            span.end();
        }
    }
}
