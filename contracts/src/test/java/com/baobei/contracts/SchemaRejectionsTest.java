package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case spoils one thing in an example; its schema (or the key check) must refuse it. */
class SchemaRejectionsTest {

    private static final String FULL = SampleEvents.WANG_PHONE;

    record Case(String name, String type, Consumer<ObjectNode> spoil) {
        @Override
        public String toString() {
            return type + ": " + name;
        }
    }

    static Stream<Case> cases() {
        String reg = "registration.Registered.v1";
        String dsp = "registration.Disputed.v1";
        String vis = "visit.Visited.v1";
        String form = "visit.VisitFormSigned.v1";
        String pur = "visit.Purchased.v1";
        String rul = "visit.DisputeRuled.v1";
        String ver = "attribution.RegistrationVerdict.v1";
        String own = "attribution.OwnershipChanged.v1";
        String att = "attribution.PurchaseAttributed.v1";
        String st = "commission.StatementIssued.v1";
        String ten = "masterdata.TenantChanged.v1";
        String prj = "masterdata.ProjectChanged.v1";
        String chn = "masterdata.ChannelChanged.v1";
        String agt = "masterdata.AgentChanged.v1";
        String con = "masterdata.ConsultantChanged.v1";
        return Stream.of(
                // personal data (ID-1, ID-4)
                new Case("full phone as maskedPhone", reg, e -> data(e).put("maskedPhone", FULL)),
                new Case("full phone in the client key", reg, e -> e.put("clientKey", "hongtai:binjiang-garden:" + FULL)),
                new Case("full phone as tenant", reg, e -> e.put("tenantId", FULL)),
                new Case("full phone in a surname", reg, e -> data(e).put("clientSurname", "王" + FULL)),
                new Case("full phone of a companion", reg,
                        e -> ((ObjectNode) data(e).withArray("companions").get(0)).put("maskedPhone", FULL)),
                new Case("full phone in free text", dsp, e -> data(e).put("statement", "请联系 " + FULL)),
                new Case("full phone as an evidence reference", dsp, e -> data(e).withArray("evidenceRefs").add(FULL)),
                new Case("full phone as an agent id", dsp, e -> data(e).put("agentId", FULL)),
                new Case("full phone in a signature", vis,
                        e -> ((ObjectNode) data(e).get("form")).put("agentSignature", "signed " + FULL)),
                new Case("full phone as phone hash", vis, e -> data(e).put("phoneHash", FULL)),
                new Case("full phone linked by a ruling", rul, e -> data(e).withArray("linkedMaskedPhones").add(FULL)),
                new Case("full phone in a reason", ver,
                        e -> ((ObjectNode) data(e).get("explanation")).put("reasonZh", "手机" + FULL)),
                new Case("full phone as an amount", st, e -> data(e).put("gross", FULL + ".00")),
                new Case("middle three masked", reg, e -> data(e).put("maskedPhone", "138***45678")),
                new Case("masked phone of 10 digits", reg, e -> data(e).put("maskedPhone", "138****567")),
                new Case("no surname (ID-1)", reg, e -> data(e).remove("clientSurname")),
                new Case("empty surname (ID-1)", reg, e -> data(e).put("clientSurname", "")),
                new Case("hash in capitals", pur, e -> data(e).put("phoneHash", data(e).get("phoneHash").asText().toUpperCase())),
                new Case("hash too short", pur, e -> data(e).put("phoneHash", "893ea274bfd2593e")),
                // unknown fields, everywhere
                new Case("unknown envelope field", reg, e -> e.put("traceId", "abc")),
                new Case("unknown data field", reg, e -> data(e).put("fullPhone", "138****5678")),
                new Case("unknown companion field", reg,
                        e -> ((ObjectNode) data(e).withArray("companions").get(0)).put("age", 30)),
                new Case("unknown form field", form, e -> ((ObjectNode) data(e).get("form")).put("stamp", "x")),
                new Case("unknown related-party field", pur,
                        e -> ((ObjectNode) data(e).get("relatedParty")).put("note", "x")),
                new Case("unknown explanation field", own,
                        e -> ((ObjectNode) data(e).get("explanation")).put("score", 1)),
                // envelope
                new Case("eventId not a UUID", reg, e -> e.put("eventId", "evt-1")),
                new Case("another producer", reg, e -> e.put("source", "visit-service")),
                new Case("no tenant", reg, e -> e.remove("tenantId")),
                new Case("colon in the project id", reg, e -> e.put("projectId", "binjiang:garden")),
                new Case("no client key", reg, e -> e.remove("clientKey")),
                new Case("client key of another project", reg, e -> e.put("clientKey", "hongtai:other:138****5678")),
                new Case("client key of another client", reg, e -> e.put("clientKey", "hongtai:binjiang-garden:139****2046")),
                new Case("client key on a statement", st, e -> e.put("clientKey", "hongtai:binjiang-garden:138****5678")),
                new Case("local time without zone", reg, e -> e.put("occurredAt", "2025-03-02T09:12:05")),
                new Case("offset instead of Z", reg, e -> e.put("occurredAt", "2025-03-02T09:12:05+08:00")),
                new Case("not a date", reg, e -> e.put("recordedAt", "yesterday")),
                new Case("impossible date", own, e -> data(e).put("protectedUntil", "2025-02-30")),
                new Case("no data", reg, e -> e.remove("data")),
                // money
                new Case("amount as a JSON number", pur, e -> data(e).set("amount", DecimalNode.valueOf(new BigDecimal("3280000.00")))),
                new Case("amount with separators", pur, e -> data(e).put("amount", "3,280,000.00")),
                new Case("negative amount", pur, e -> data(e).put("amount", "-1.00")),
                new Case("amount below the fen", pur, e -> data(e).put("amount", "1.005")),
                new Case("amount in exponent form", att, e -> data(e).put("amount", "3.28E+6")),
                new Case("positive fines (a deduction is negative)", st, e -> data(e).put("fines", "500.00")),
                new Case("fines below minus ten billion", st, e -> data(e).put("fines", "-10000000000.00")),
                new Case("ten billion", st, e -> data(e).put("netPayable", "10000000000.00")),
                // enums and conditions
                new Case("unknown enum value", ver, e -> data(e).put("verdict", "MAYBE")),
                new Case("enum in lower case", pur, e -> data(e).put("unitType", "residential")),
                new Case("accepted without validity", ver, e -> data(e).remove("validUntil")),
                new Case("no rule cited", ver, e -> ((ObjectNode) data(e).get("explanation")).putArray("ruleIds")),
                new Case("a rule id that is no rule id", ver,
                        e -> ((ObjectNode) data(e).get("explanation")).putArray("ruleIds").add("R1")),
                new Case("imported without importer", reg, e -> data(e).put("intake", "IMPORT")),
                new Case("importer on an API registration", reg, e -> data(e).put("importedBy", "imp-zhou")),
                new Case("an API registration marked imported", reg, e -> data(e).put("imported", true)),
                new Case("an import not marked imported", reg, e -> data(e).put("intake", "IMPORT")
                        .put("importedBy", "imp-zhou").put("imported", false)),
                new Case("imported as a string", reg, e -> data(e).put("imported", "yes")),
                new Case("late claim without purchase", dsp, e -> data(e).remove("purchaseId")),
                new Case("companion without the visit accompanied", vis, e -> data(e).put("kind", "COMPANION")),
                new Case("client with a non-client reason", vis, e -> data(e).put("nonClientReason", "VENDOR")),
                new Case("non-client without a reason", vis, e -> data(e).put("kind", "NON_CLIENT")),
                new Case("client visit without phone hash", vis, e -> data(e).remove("phoneHash")),
                new Case("client visit without client key", vis, e -> e.remove("clientKey")),
                new Case("invalid form without reason", form, e -> ((ObjectNode) data(e).get("form")).put("invalid", true)),
                new Case("form without the invalid flag", form, e -> ((ObjectNode) data(e).get("form")).remove("invalid")),
                new Case("insider missing", pur, e -> data(e).remove("insider")),
                new Case("insider as a string", pur, e -> data(e).put("insider", "false")),
                new Case("related party without relation", pur, e -> ((ObjectNode) data(e).get("relatedParty")).remove("relation")),
                new Case("channel ruling without channel", rul, e -> data(e).remove("channelId")),
                new Case("office ruling naming a channel", rul, e -> data(e).put("ownerKind", "OFFICE")),
                new Case("office ownership naming a channel", own, e -> data(e).put("ownerKind", "OFFICE")),
                new Case("protected without its last day", own, e -> data(e).remove("protectedUntil")),
                new Case("agent without channel on a purchase", att, e -> data(e).remove("channelId")),
                new Case("negative revision", att, e -> data(e).put("revision", -1)),
                new Case("revision as a string", att, e -> data(e).put("revision", "0")),
                new Case("negative deal count", st, e -> data(e).put("dealCount", -1)),
                // master data (ADR 0014)
                new Case("a project on a tenant-wide fact", ten, e -> e.put("projectId", "binjiang-garden")),
                new Case("a project on a channel", chn, e -> e.put("projectId", "binjiang-garden")),
                new Case("no project on a project's fact", prj, e -> e.remove("projectId")),
                new Case("no project on a consultant", con, e -> e.remove("projectId")),
                new Case("client key on master data", agt, e -> e.put("clientKey", "hongtai:binjiang-garden:138****5678")),
                new Case("full phone as a name", agt, e -> data(e).put("name", "陈" + FULL)),
                new Case("full phone as an agent id", agt, e -> data(e).put("agentId", FULL)),
                new Case("empty name", ten, e -> data(e).put("name", "")),
                new Case("a project selling nothing", prj, e -> data(e).putArray("unitTypes")),
                new Case("a unit type twice", prj, e -> data(e).putArray("unitTypes").add("RESIDENTIAL").add("RESIDENTIAL")),
                new Case("sales period as an instant", prj, e -> data(e).put("salesFrom", "2025-02-15T00:00:00Z")),
                new Case("channel kind in Chinese", chn, e -> data(e).put("kind", "分销")),
                new Case("colon in a channel id", chn, e -> data(e).put("channelId", "ch:tongcheng")),
                new Case("no project list", chn, e -> data(e).remove("projectIds")),
                new Case("agent without channel", agt, e -> data(e).remove("channelId")),
                new Case("active as a string", con, e -> data(e).put("active", "true")),
                new Case("no active flag", prj, e -> data(e).remove("active")),
                new Case("unknown consultant field", con, e -> data(e).put("phone", "138****5678")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_contract_refuses_it(Case c) {
        ObjectNode event = example(c.type());
        assertThat(SchemaAssertions.violations(event.toString())).as("the example itself").isEmpty();

        c.spoil().accept(event);

        assertThat(SchemaAssertions.violations(event.toString())).isNotEmpty();
    }

    @Test
    void an_unknown_event_type_is_refused() {
        ObjectNode event = example("registration.Registered.v1");
        event.put("eventType", "registration.Registered.v2");

        assertThat(SchemaAssertions.violations(event.toString())).containsExactly("unknown eventType: registration.Registered.v2");
    }

    @Test
    void a_message_that_is_not_json_is_refused() {
        assertThat(SchemaAssertions.violations("{not json")).hasSize(1).first().asString().startsWith("not JSON");
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static ObjectNode example(String type) {
        try {
            JsonNode tree = EventJson.mapper().readTree(ExampleFilesTest.example(type));
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
