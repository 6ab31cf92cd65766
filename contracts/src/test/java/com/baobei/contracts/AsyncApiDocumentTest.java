package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/events/asyncapi.json}, the AsyncAPI 3 document partners generate their consumers from, is made from
 * the same declarations the services publish with ({@link Topics}, {@link EventTypes}, the JSON Schemas): this test
 * builds it and fails when the checked-in document differs. Regenerate with
 * {@code ./mvnw -pl contracts test -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true}.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "events", "asyncapi.json");
    /** From docs/events/ to the schemas, so that a tool opening the document resolves every payload. */
    private static final String SCHEMAS = "../../contracts/src/main/resources/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Which event types each topic carries, by the topic's name (a tenant topic by its suffix). */
    private static final Map<String, List<String>> CARRIES = new LinkedHashMap<>();

    static {
        CARRIES.put(Topics.REGISTRATION_EVENTS.name(), List.of("registration.Registered.v1", "registration.Disputed.v1"));
        CARRIES.put(Topics.VISIT_EVENTS.name(), List.of("visit.Visited.v1", "visit.VisitFormSigned.v1",
                "visit.Purchased.v1", "visit.PurchaseCancelled.v1", "visit.DisputeRuled.v1",
                "visit.ErasureRequested.v1"));
        CARRIES.put(Topics.MASTER_DATA.name(), List.of("masterdata.TenantChanged.v1", "masterdata.ProjectChanged.v1",
                "masterdata.ChannelChanged.v1", "masterdata.AgentChanged.v1", "masterdata.ConsultantChanged.v1"));
        CARRIES.put(Topics.REGISTRATION_VERDICTS.suffix(), List.of("attribution.RegistrationVerdict.v1"));
        CARRIES.put(Topics.OWNERSHIP.suffix(), List.of("attribution.OwnershipChanged.v1"));
        CARRIES.put(Topics.PURCHASE_ATTRIBUTIONS.suffix(), List.of("attribution.PurchaseAttributed.v1"));
        CARRIES.put(Topics.DISPUTE_OUTCOMES.suffix(), List.of("attribution.DisputeDecided.v1"));
        CARRIES.put(Topics.STATEMENTS.suffix(), List.of("commission.StatementIssued.v1"));
    }

    @Test
    void theCheckedInDocumentIsTheOneTheDeclarationsMake() throws IOException {
        String expected = JSON.writeValueAsString(document()) + "\n";
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/events/asyncapi.json is out of date: regenerate it (see this test's javadoc)")
                .isEqualTo(expected);
    }

    @Test
    void everyEventTypeIsOnExactlyOneTopicAndEveryPayloadResolves() {
        Set<String> seen = new HashSet<>();
        CARRIES.values().forEach(types -> types.forEach(type -> assertThat(seen.add(type)).as(type).isTrue()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EventTypes.all().stream().map(EventTypes.Type::name).toList());
        assertThat(CARRIES).hasSize(Topics.shared().size() + Topics.perTenant().size());
        for (String type : seen) {
            Path schema = DOCUMENT.getParent().resolve(SCHEMAS + Schemas.path(type)).normalize();
            assertThat(schema).as(type).exists();
        }
    }

    private static ObjectNode document() {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "baobei topics");
        info.put("version", "1");
        info.put("description", "What baobei publishes on Kafka: the facts of registration and the sales office (read by "
                + "baobei's services only) and, per tenant, the decisions partners subscribe to (ADR 0013). Every record "
                + "is the JSON envelope of its event type; full phone numbers never appear (ID-4). Built from the "
                + "contracts module by AsyncApiDocumentTest; see docs/events/README.md.");
        ObjectNode server = doc.putObject("servers").putObject("embedded");
        server.put("host", "127.0.0.1:19092");
        server.put("protocol", "kafka");
        server.put("description", "The broker ./run.sh starts; SASL SCRAM-SHA-512, a user per service and per partner.");
        server.putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = JSON.createObjectNode();
        for (Topics.Topic topic : Topics.shared()) {
            channel(channels, operations, messages, id(topic.name()), topic.name(), topic.writer(), topic.key(),
                    topic.partitions(), topic.configs(), false, CARRIES.get(topic.name()));
        }
        for (Topics.TenantTopic topic : Topics.perTenant()) {
            channel(channels, operations, messages, id(topic.suffix()), Topics.PREFIX + "{tenant}." + topic.suffix(),
                    topic.writer(), topic.key(), topic.partitions(),
                    new Topics.Topic(topic.suffix(), topic.writer(), topic.key(), topic.partitions(), topic.compacted(),
                            topic.retention()).configs(), true, CARRIES.get(topic.suffix()));
        }
        ObjectNode components = doc.putObject("components");
        components.set("messages", messages);
        ObjectNode scram = components.putObject("securitySchemes").putObject("scram");
        scram.put("type", "scramSha512");
        scram.put("description", "Credentials per service and per partner; a partner's ACL covers baobei.<tenant>. only.");
        ObjectNode tenant = components.putObject("parameters").putObject("tenant");
        tenant.put("description", "The developer's tenant id (letters, digits, '_' and '-'; no '.').");
        return doc;
    }

    private static void channel(ObjectNode channels, ObjectNode operations, ObjectNode messages, String id,
                                String address, String writer, String key, int partitions, Map<String, String> configs,
                                boolean perTenant, List<String> types) {
        ObjectNode channel = channels.putObject(id);
        channel.put("address", address);
        boolean compacted = configs.get("cleanup.policy").equals("compact");
        long retentionMs = Long.parseLong(configs.get("retention.ms"));
        channel.put("description", "Written by " + writer + "; record key: " + key + "; " + partitions + " partitions"
                + (compacted ? "; compacted (the latest record per key is kept, for good)"
                        : retentionMs < 0 ? "; every record kept for good"
                        : "; records kept " + java.time.Duration.ofMillis(retentionMs).toDays() + " days")
                + (perTenant ? "; one topic per tenant, with a .dlt twin for records its readers could not process"
                        : "; shared by all tenants, read by baobei's services only"));
        ObjectNode topicConfiguration = channel.putObject("bindings").putObject("kafka");
        topicConfiguration.put("bindingVersion", "0.5.0");
        topicConfiguration.put("partitions", partitions);
        ObjectNode settings = topicConfiguration.putObject("topicConfiguration");
        settings.putArray("cleanup.policy").add(configs.get("cleanup.policy"));
        settings.put("retention.ms", retentionMs);
        if (perTenant) {
            channel.putObject("parameters").putObject("tenant").put("$ref", "#/components/parameters/tenant");
        }
        ObjectNode channelMessages = channel.putObject("messages");
        ArrayNode operationMessages = JSON.createArrayNode();
        for (String type : types) {
            String name = type.replace('.', '_');
            channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
            operationMessages.addObject().put("$ref", "#/channels/" + id + "/messages/" + name);
            JsonNode schema = SchemaAssertions.readResource(Schemas.path(type));
            ObjectNode message = messages.putObject(name);
            message.put("name", type);
            message.put("title", schema.path("title").asText(type));
            message.put("summary", schema.path("description").asText(""));
            message.put("contentType", "application/json");
            message.set("headers", cloudEventHeaders(type));
            ObjectNode payload = message.putObject("payload");
            payload.put("schemaFormat", "application/schema+json;version=draft-2020-12");
            payload.putObject("schema").put("$ref", SCHEMAS + Schemas.path(type));
            message.putArray("examples").addObject().put("name", "example")
                    .set("payload", SchemaAssertions.readResource("examples/" + type + ".json"));
        }
        ObjectNode operation = operations.putObject((perTenant ? "receive" : "publish") + capitalised(id));
        operation.put("action", perTenant ? "receive" : "send");
        operation.putObject("channel").put("$ref", "#/channels/" + id);
        operation.put("summary", perTenant ? "A partner (or a baobei service) reads one tenant's decisions"
                : writer + " publishes");
        operation.set("messages", operationMessages);
    }

    /** CloudEvents 1.0, Kafka binary mode ({@link CloudEvents}): what every record of the type carries as headers. */
    private static ObjectNode cloudEventHeaders(String type) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 attributes in the Kafka protocol binding's binary mode; the "
                + "value is the envelope, whose eventId, eventType, source, occurredAt and clientKey they repeat; "
                + "and the W3C traceparent of the request behind the event");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("const", CloudEvents.SPEC_VERSION);
        properties.putObject("ce_id").put("type", "string").put("description", "the envelope's eventId");
        properties.putObject("ce_type").put("const", type);
        properties.putObject("ce_source").put("type", "string").put("description", "/baobei/<writing service>");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time")
                .put("description", "business time: the envelope's occurredAt");
        properties.putObject("ce_subject").put("type", "string")
                .put("description", "the client key (masked), when the event is about a client");
        properties.putObject("ce_dataschema").put("const", Schemas.id(type));
        properties.putObject("content-type").put("const", "application/json");
        // not a CloudEvents attribute: the W3C trace of the request behind the event, when there was one (ADR 0026)
        properties.putObject(TraceParent.HEADER).put("type", "string")
                .put("pattern", "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
                .put("description", "W3C Trace Context of the request that caused the event (one registration is one "
                        + "trace across the services); optional: records written before it, or without a trace, have none");
        ArrayNode required = headers.putArray("required");
        List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_dataschema", "content-type")
                .forEach(required::add);
        return headers;
    }

    /** baobei.registration.events → registrationEvents; attribution.verdicts → attributionVerdicts. */
    private static String id(String name) {
        String[] words = name.replaceFirst("^baobei\\.", "").split("[.-]");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(capitalised(words[i]));
        }
        return id.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
