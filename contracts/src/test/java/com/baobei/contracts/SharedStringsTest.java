package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.registration.Registered;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    @DisplayName("two decoded events share their equal short strings, keep their ids apart, and equal what was written")
    void equalShortStringsAreOneObject() {
        EventEnvelope first = EventJson.read(EventJson.write(registration("e-1", "r-1")));
        EventEnvelope second = EventJson.read(EventJson.write(registration("e-2", "r-2")));

        assertThat(first).isEqualTo(registration("e-1", "r-1"));
        assertThat(second.tenantId()).isSameAs(first.tenantId());
        assertThat(second.projectId()).isSameAs(first.projectId());
        assertThat(second.eventType()).isSameAs(first.eventType());
        Registered a = (Registered) first.data();
        Registered b = (Registered) second.data();
        assertThat(b.channelId()).isSameAs(a.channelId());
        assertThat(b.clientSurname()).isSameAs(a.clientSurname());
        assertThat(b.registrationId()).isEqualTo("r-2");
    }

    @Test
    @DisplayName("a string longer than an id's worth is left as read")
    void longStringsAreNotShared() {
        SharedStrings strings = new SharedStrings();
        String longer = "x".repeat(33);

        assertThat(strings.shared(new String(longer))).isNotSameAs(strings.shared(new String(longer)));
        assertThat(strings.shared(new String("huajing"))).isSameAs(strings.shared(new String("huajing")));
        assertThat(strings.shared(null)).isNull();
    }

    private static EventEnvelope registration(String eventId, String registrationId) {
        return EventEnvelope.of(eventId, "huajing", "hj-binjiang", "huajing:hj-binjiang:138****5678", AT, AT,
                new Registered(registrationId, "jiayuan", Registered.ChannelKind.AGENCY, "jiayuan-01", "王",
                        "138****5678", null, List.of(), Registered.Intake.API, null));
    }
}
