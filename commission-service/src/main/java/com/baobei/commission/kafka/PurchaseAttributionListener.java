package com.baobei.commission.kafka;

import com.baobei.commission.intake.AttributionIntake;
import com.baobei.contracts.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin: decode, delegate. A record that cannot be decoded or used throws, and the error handler dead-letters it.
 * Reads every tenant's purchase attributions (ADR 0013) by pattern; a new tenant's topic is found within the
 * metadata refresh below, and read from its start (auto-offset-reset earliest).
 */
@Component
public class PurchaseAttributionListener {

    private final AttributionIntake intake;

    public PurchaseAttributionListener(AttributionIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "commission-purchase-attributions",
            topicPattern = "#{T(com.baobei.contracts.Topics).PURCHASE_ATTRIBUTIONS.pattern().pattern()}",
            properties = {"metadata.max.age.ms=5000",
                    "auto.offset.reset=earliest"})
    public void on(ConsumerRecord<String, byte[]> record) {
        intake.accept(EventJson.read(record.value()), record.topic(), record.partition(), record.offset());
    }
}
