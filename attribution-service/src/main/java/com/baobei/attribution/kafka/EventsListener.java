package com.baobei.attribution.kafka;

import com.baobei.attribution.intake.EventDecoder;
import com.baobei.attribution.intake.InvalidEventException;
import com.baobei.attribution.live.IndexedEvent;
import com.baobei.attribution.live.PollFailedException;
import com.baobei.attribution.live.PollIntake;
import com.baobei.attribution.persistence.StoredEvent;
import com.baobei.contracts.Topics;
import com.baobei.contracts.TraceParent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Thin: decodes a poll of the producer topics and hands it to {@link PollIntake}. A record that
 * cannot be decoded stops the poll at its index: the records before it are handled first (their
 * offsets get committed), it goes to the dead-letter topic, the rest is polled again.
 */
@Component
public class EventsListener {

    private static final Map<String, String> WRITERS = Map.of(
            Topics.REGISTRATION_EVENTS.name(), Topics.REGISTRATION_EVENTS.writer(),
            Topics.VISIT_EVENTS.name(), Topics.VISIT_EVENTS.writer());

    private static final long UNKNOWN_LAG = 1_000_000;

    private final PollIntake intake;

    public EventsListener(PollIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "attribution-events", idIsGroup = false, batch = "true",
            topics = {"#{T(com.baobei.contracts.Topics).REGISTRATION_EVENTS.name()}",
                    "#{T(com.baobei.contracts.Topics).VISIT_EVENTS.name()}"})
    public void onPoll(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        long backlog = records.size() + behind(consumer);
        List<IndexedEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            try {
                var received = EventDecoder.receive(WRITERS.get(record.topic()), record.key(), record.value());
                events.add(new IndexedEvent(i, new StoredEvent(received.envelope(), received.json(), traceParent(record))));
            } catch (InvalidEventException e) {
                if (EventDecoder.skipped(record.value())) {
                    continue; // an erasure (ADR 0033): nothing of it is the fold's, and it is no error
                }
                handle(events, backlog);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        handle(events, backlog);
    }

    /**
     * The W3C trace the record continues (ADR 0026): stored with its event, so whichever fold decides about it later
     * publishes the decision in that trace. A malformed value is dropped, never a reason to dead-letter the event.
     */
    private static String traceParent(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TraceParent.HEADER);
        return header == null || header.value() == null ? null
                : TraceParent.valid(new String(header.value(), StandardCharsets.UTF_8)).orElse(null);
    }

    /**
     * Records still waiting in this consumer's partitions after the poll: a replay's first polls may
     * be small while the fetches fill, but the lag already says the consumer is catching up. A
     * partition not fetched yet (just assigned) counts as behind: its first folds wait for the
     * first small poll or idle moment, a tenth of a second later.
     */
    private static long behind(Consumer<?, ?> consumer) {
        long behind = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            behind += lag.isPresent() ? lag.getAsLong() : UNKNOWN_LAG;
        }
        return behind;
    }

    /** Published on the consumer thread when a poll brought nothing for a while (idle-event-interval). */
    @EventListener(condition = "event.listenerId.startsWith('attribution-events')")
    public void onIdle(ListenerContainerIdleEvent event) {
        intake.idle();
    }

    private void handle(List<IndexedEvent> events, long backlog) {
        try {
            intake.accept(events, backlog);
        } catch (PollFailedException e) {
            throw new BatchListenerFailedException(e.getMessage(), e, e.index());
        }
    }
}
