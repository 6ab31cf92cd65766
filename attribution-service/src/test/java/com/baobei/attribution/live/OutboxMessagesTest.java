package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.persistence.DecisionKind;
import com.baobei.attribution.persistence.OutboxStore;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.SampleEvents;
import com.baobei.contracts.Topics;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMessagesTest {

    private static final Instant CAUSED = Instant.parse("2025-03-01T02:00:00Z");
    private static final Instant FOLDED = Instant.parse("2025-03-01T02:00:01.5Z");

    @Test
    @DisplayName("a reference to a decision's latest publication sends the decision's envelope, keyed by its client")
    void latestPublicationIsSent() throws Exception {
        EventEnvelope sample = SampleEvents.registrationVerdict();
        OutboxMessages.Message message = OutboxMessages.message(entry(DecisionKind.VERDICT, 1, 2, sample));

        EventEnvelope sent = EventJson.read(message.payload());
        assertThat(message.topic()).isEqualTo(Topics.REGISTRATION_VERDICTS.name(sample.tenantId()));
        assertThat(message.key()).isEqualTo(sample.clientKey());
        assertThat(sent.data()).isEqualTo(sample.data());
        assertThat(sent.occurredAt()).isEqualTo(CAUSED);
        assertThat(sent.recordedAt()).isEqualTo(FOLDED);
        assertThat(sent.eventId()).isEqualTo(OutboxMessages.eventId(DecisionKind.VERDICT,
                sample.tenantId() + ":" + sample.projectId(), "d-1", 1, "hash"));
    }

    @Test
    @DisplayName("a reference the decision has outgrown, or whose decision is gone, sends nothing")
    void supersededSendsNothing() throws Exception {
        EventEnvelope sample = SampleEvents.registrationVerdict();
        assertThat(OutboxMessages.message(entry(DecisionKind.VERDICT, 0, 2, sample)).payload()).isNull();
        assertThat(OutboxMessages.message(entry(DecisionKind.VERDICT, 1, 0, null, sample)).payload()).isNull();
    }

    @Test
    @DisplayName("purchase attributions are keyed by project; the same publication always gets the same id")
    void purchasesByProject() throws Exception {
        EventEnvelope sample = SampleEvents.purchaseAttributed();
        OutboxMessages.Message first = OutboxMessages.message(entry(DecisionKind.PURCHASE, 0, 1, sample));
        OutboxMessages.Message again = OutboxMessages.message(entry(DecisionKind.PURCHASE, 0, 1, sample));
        assertThat(first.key()).isEqualTo(sample.tenantId() + ":" + sample.projectId());
        assertThat(EventJson.read(first.payload()).eventId()).isEqualTo(EventJson.read(again.payload()).eventId());
    }

    @Test
    @DisplayName("each tenant's decisions go to its own topics")
    void topicsPerTenant() throws Exception {
        EventEnvelope purchase = SampleEvents.purchaseAttributed();
        assertThat(OutboxMessages.message(entry(DecisionKind.PURCHASE, 0, 1, purchase)).topic())
                .isEqualTo("baobei." + purchase.tenantId() + ".attribution.purchases");
        EventEnvelope sample = SampleEvents.registrationVerdict();
        assertThat(OutboxMessages.message(entry(DecisionKind.CLIENT, 0, 1, sample)).topic())
                .isEqualTo("baobei." + sample.tenantId() + ".attribution.ownership");
    }

    /** A queued reference whose decision row holds the sample's data. */
    private static OutboxStore.Entry entry(DecisionKind kind, int publication, int publications, EventEnvelope sample)
            throws Exception {
        return entry(kind, publication, publications, EventJson.mapper().writeValueAsBytes(sample.data()), sample);
    }

    private static OutboxStore.Entry entry(DecisionKind kind, int publication, int publications, byte[] body,
                                           EventEnvelope sample) {
        return new OutboxStore.Entry(7, kind, sample.tenantId(), sample.projectId(), "d-1", publication, body, "hash",
                publications, sample.clientKey(), CAUSED, FOLDED);
    }
}
