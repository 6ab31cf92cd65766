package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.commission.StatementIssued;
import com.baobei.contracts.visit.Purchased;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link EventJson#write} makes of envelopes built in Java meets the schemas, for every type and shape. */
class WrittenEventsTest {

    static Stream<SampleEvents.Sample> samples() {
        return Stream.concat(
                SampleEvents.examples().values().stream().map(e -> new SampleEvents.Sample("example " + e.eventType(), e)),
                SampleEvents.variants().stream());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_written_event_meets_its_schema(SampleEvents.Sample sample) {
        byte[] json = EventJson.write(sample.envelope());

        assertThat(SchemaAssertions.violations(json)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_written_event_reads_back_equal(SampleEvents.Sample sample) {
        assertThat(EventJson.read(EventJson.write(sample.envelope()))).isEqualTo(sample.envelope());
    }

    @Test
    void the_variants_cover_every_type() {
        assertThat(SampleEvents.variants().stream().map(s -> s.envelope().eventType()).distinct().count())
                .isEqualTo(EventTypes.all().size());
    }

    static Stream<BigDecimal> amounts() {
        return Stream.of(new BigDecimal("3.28E+6"), new BigDecimal("1E+2"), new BigDecimal("3280000"),
                new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("9999999999.99"));
    }

    /** A BigDecimal with a negative scale (as arithmetic can produce) must still be written in plain digits. */
    @ParameterizedTest
    @MethodSource("amounts")
    void amounts_are_written_in_plain_digits_whatever_their_scale(BigDecimal amount) throws Exception {
        EventEnvelope purchase = SampleEvents.purchased();
        Purchased p = (Purchased) purchase.data();
        EventEnvelope changed = EventEnvelope.of(purchase.eventId(), purchase.tenantId(), purchase.projectId(),
                purchase.clientKey(), purchase.occurredAt(), purchase.recordedAt(),
                new Purchased(p.purchaseId(), p.stage(), p.unitId(), p.unitType(), amount, p.buyerSurname(),
                        p.maskedPhone(), p.phoneHash(), p.consultantId(), p.relatedParty(), p.insider()));

        byte[] json = EventJson.write(changed);

        assertThat(SchemaAssertions.violations(json)).isEmpty();
        assertThat(EventJson.mapper().readTree(json).at("/data/amount").asText()).isEqualTo(amount.toPlainString());
        assertThat(((Purchased) EventJson.read(json).data()).amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void statement_money_is_written_in_plain_digits(BigDecimal amount) {
        EventEnvelope st = SampleEvents.statementIssued();
        StatementIssued s = (StatementIssued) st.data();
        EventEnvelope changed = EventEnvelope.of(st.eventId(), st.tenantId(), st.projectId(), null, st.occurredAt(),
                st.recordedAt(), new StatementIssued(s.statementId(), s.channelId(), s.periodStart(), s.periodEnd(),
                        s.dealCount(), amount, amount.negate(), amount.negate(), BigDecimal.ZERO, s.issuedAt(), s.issuedBy(),
                        amount.negate(), amount.negate(), s.lines()));

        assertThat(SchemaAssertions.violations(EventJson.write(changed))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void times_keep_their_precision(SampleEvents.Sample sample) {
        EventEnvelope e = sample.envelope();
        Instant precise = Instant.parse("2025-03-02T01:12:05.318123456Z");
        EventEnvelope changed = new EventEnvelope(e.eventId(), e.eventType(), e.source(), e.tenantId(),
                e.projectId(), e.clientKey(), precise, precise, e.data());

        byte[] json = EventJson.write(changed);

        assertThat(SchemaAssertions.violations(json)).isEmpty();
        assertThat(EventJson.read(json).occurredAt()).isEqualTo(precise);
    }
}
