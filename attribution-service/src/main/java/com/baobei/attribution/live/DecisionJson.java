package com.baobei.attribution.live;

import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.util.List;

/**
 * The decisions' JSON, byte for byte what {@code EventJson.mapper()} writes (tested over every
 * decision of generated histories), without the mapper's per-property reflection: the live path
 * writes each changed decision, thousands per fold of a replayed project. A field added to one of
 * these records must be added here too; the test fails until it is.
 */
final class DecisionJson {

    private DecisionJson() {
    }

    static byte[] verdict(RegistrationVerdict v) {
        JsonBytes json = new JsonBytes(768);
        json.begin()
                .field("registrationId", v.registrationId())
                .field("channelId", v.channelId())
                .field("agentId", v.agentId())
                .field("maskedPhone", v.maskedPhone())
                .field("verdict", v.verdict())
                .field("validUntil", v.validUntil());
        explanation(json, v.explanation());
        return json.end().toBytes();
    }

    static byte[] ownership(OwnershipChanged o) {
        JsonBytes json = new JsonBytes(768);
        ownership(json, o);
        return json.toBytes();
    }

    static byte[] history(List<OwnershipChanged> history) {
        JsonBytes json = new JsonBytes(768 * Math.max(1, history.size()));
        json.beginArray();
        for (OwnershipChanged o : history) {
            ownership(json, o);
        }
        return json.endArray().toBytes();
    }

    static byte[] purchase(PurchaseAttributed p) {
        JsonBytes json = new JsonBytes(768);
        json.begin()
                .field("purchaseId", p.purchaseId())
                .field("unitId", p.unitId())
                .field("unitType", p.unitType())
                .field("amount", p.amount() == null ? null : p.amount().toPlainString())
                .field("subscribedAt", p.subscribedAt())
                .field("contractedAt", p.contractedAt())
                .field("cancelledAt", p.cancelledAt())
                .field("channelId", p.channelId())
                .field("agentId", p.agentId())
                .field("revision", p.revision());
        explanation(json, p.explanation());
        return json.end().toBytes();
    }

    static byte[] dispute(DisputeDecision d) {
        JsonBytes json = new JsonBytes(768);
        json.begin()
                .field("disputeId", d.disputeId())
                .field("clientKey", d.clientKey())
                .field("channelId", d.channelId())
                .field("status", d.status())
                .field("proposedOwnerChannelId", d.proposedOwnerChannelId());
        explanation(json, d.explanation());
        return json.end().toBytes();
    }

    private static void ownership(JsonBytes json, OwnershipChanged o) {
        if (o == null) {
            json.nul();
            return;
        }
        json.begin()
                .field("clientSurname", o.clientSurname())
                .field("maskedPhone", o.maskedPhone())
                .field("ownerKind", o.ownerKind())
                .field("channelId", o.channelId())
                .field("agentId", o.agentId())
                .field("status", o.status())
                .field("protectedFrom", o.protectedFrom())
                .field("protectedUntil", o.protectedUntil());
        explanation(json, o.explanation());
        json.end();
    }

    private static void explanation(JsonBytes json, Explanation e) {
        if (e == null) {
            return;
        }
        json.name("explanation").begin();
        strings(json.name("ruleIds"), e.ruleIds());
        strings(json.name("eventIds"), e.eventIds());
        json.field("policyVersion", e.policyVersion())
                .field("reasonZh", e.reasonZh())
                .field("reasonEn", e.reasonEn())
                .field("causedBy", e.causedBy())
                .end();
    }

    private static void strings(JsonBytes json, List<String> values) {
        json.beginArray();
        for (String value : values) {
            json.string(value);
        }
        json.endArray();
    }
}
