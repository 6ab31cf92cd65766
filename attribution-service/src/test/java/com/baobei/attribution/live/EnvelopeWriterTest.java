package com.baobei.attribution.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.SampleEvents;
import com.baobei.contracts.SchemaAssertions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeWriterTest {

    @Test
    void writesExactlyWhatTheLanguageWrites() throws Exception {
        for (EventEnvelope sample : List.of(SampleEvents.registrationVerdict(), SampleEvents.ownershipChanged(),
                SampleEvents.purchaseAttributed())) {
            byte[] dataJson = EventJson.mapper().writeValueAsBytes(sample.data());
            String written = new String(EnvelopeWriter.write(sample.eventId(), sample.data().getClass(), sample.tenantId(),
                    sample.projectId(), sample.clientKey(), sample.occurredAt(), sample.recordedAt(), dataJson),
                    StandardCharsets.UTF_8);
            assertThat(written).isEqualTo(EventJson.writeString(sample));
            SchemaAssertions.assertValid(written);
        }
    }

    @Test
    void escapesWhatJsonEscapes() throws Exception {
        EventEnvelope sample = SampleEvents.registrationVerdict();
        EventEnvelope odd = EventEnvelope.of(sample.eventId(), "租户 \"甲\"\\\n😀", "项目\t1", sample.clientKey(),
                sample.occurredAt(), sample.recordedAt(), sample.data());
        byte[] dataJson = EventJson.mapper().writeValueAsBytes(odd.data());
        String written = new String(EnvelopeWriter.write(odd.eventId(), odd.data().getClass(), odd.tenantId(),
                odd.projectId(), odd.clientKey(), odd.occurredAt(), odd.recordedAt(), dataJson), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(EventJson.writeString(odd));
    }
}
