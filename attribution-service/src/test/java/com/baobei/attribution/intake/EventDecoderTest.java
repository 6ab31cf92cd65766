package com.baobei.attribution.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.EventTypes;
import com.baobei.contracts.SampleEvents;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventDecoderTest {

    @Test
    void everyInputSampleOfTheContractDecodes() {
        for (EventEnvelope sample : SampleEvents.examples().values()) {
            boolean input = (sample.source().equals(EventTypes.REGISTRATION_SERVICE)
                    || sample.source().equals(EventTypes.VISIT_SERVICE))
                    && !(sample.data() instanceof com.baobei.contracts.masterdata.MasterDataChanged)
                    && !(sample.data() instanceof com.baobei.contracts.visit.ErasureRequested);
            if (input) {
                assertThat(EventDecoder.decodeRecord(sample.source(), sample.partitionKey(), EventJson.write(sample)))
                        .isEqualTo(sample);
            } else {
                assertThatThrownBy(() -> EventDecoder.decode(EventJson.write(sample)))
                        .isInstanceOf(InvalidEventException.class)
                        .extracting(e -> ((InvalidEventException) e).field()).isEqualTo("eventType");
            }
        }
    }

    @Test
    void anErasureIsNoInputOfTheFoldButIsSkippedRatherThanDeadLettered() {
        byte[] erasure = EventJson.write(SampleEvents.erasureRequested());
        assertThatThrownBy(() -> EventDecoder.decodeRecord(EventTypes.VISIT_SERVICE,
                SampleEvents.erasureRequested().partitionKey(), erasure))
                .isInstanceOf(InvalidEventException.class);
        assertThat(EventDecoder.skipped(erasure)).isTrue();
        assertThat(EventDecoder.skipped(EventJson.write(SampleEvents.purchased()))).isFalse();
        assertThat(EventDecoder.skipped("not json".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(EventDecoder.skipped(null)).isFalse();
    }

    @Test
    void aRecordOfTheWrongTopicOrKeyIsRefused() {
        EventEnvelope registered = SampleEvents.registered();
        assertThatThrownBy(() -> EventDecoder.decodeRecord(EventTypes.VISIT_SERVICE, registered.partitionKey(),
                EventJson.write(registered)))
                .hasMessageStartingWith("source: ");
        assertThatThrownBy(() -> EventDecoder.decodeRecord(EventTypes.REGISTRATION_SERVICE, "other:key",
                EventJson.write(registered)))
                .hasMessageContaining("record key");
    }

    @Test
    void aFullPhoneNumberQuotedByTheParserIsMaskedInTheReason() {
        String json = EventJson.writeString(SampleEvents.registered()).replace("\"intake\":\"API\"", "\"intake\":\"13812345678\"");
        assertThatThrownBy(() -> EventDecoder.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .satisfies(e -> {
                    assertThat(((InvalidEventException) e).field()).isEqualTo("data.intake");
                    assertThat(e.getMessage()).doesNotContain("13812345678").contains("138****5678");
                });
    }

    @Test
    void aTenantOrProjectIdWithAColonIsRefusedSinceKeysJoinThemWithColons() {
        // tenant "t:p" with project "x" would share project key "t:p:x" and client keys with tenant "t", project "p:x"
        String json = EventJson.writeString(SampleEvents.registered());
        EventEnvelope sample = SampleEvents.registered();
        String colonTenant = json.replace("\"tenantId\":\"" + sample.tenantId() + "\"", "\"tenantId\":\"t:p\"");
        String colonProject = json.replace("\"projectId\":\"" + sample.projectId() + "\"", "\"projectId\":\"p:x\"");
        assertThat(colonTenant).isNotEqualTo(json);
        assertThat(colonProject).isNotEqualTo(json);
        assertThatThrownBy(() -> EventDecoder.decode(colonTenant.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).field()).isEqualTo("tenantId");
        assertThatThrownBy(() -> EventDecoder.decode(colonProject.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).field()).isEqualTo("projectId");
    }

    @Test
    void notJsonIsNamedAsSuch() {
        assertThatThrownBy(() -> EventDecoder.decode("{oops".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("not JSON");
    }
}
