package com.baobei.attribution.intake;

import com.baobei.contracts.JsonPaths;
import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.EventJson;
import com.baobei.contracts.EventTypes;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.masterdata.MasterDataChanged;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads one event of the published language and checks what the fold needs to place it: a known
 * input type from its true source, a tenant and project, the identity of the fact. Business
 * content (a badly masked phone, a missing surname) is not checked here: the fold judges it and
 * says so in a verdict (ID-1), which is the point of the product.
 */
public final class EventDecoder {

    /** The facts the fold consumes; decisions and statements are outputs, never inputs. */
    private static final Set<String> INPUT_SOURCES = Set.of(EventTypes.REGISTRATION_SERVICE, EventTypes.VISIT_SERVICE);

    private static final Instant FIRST_INSTANT = Instant.parse("2000-01-01T00:00:00Z").minus(Duration.ofDays(1));
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("2200-01-01T00:00:00Z").plus(Duration.ofDays(1));

    private EventDecoder() {
    }

    /** An event as this service keeps it: decoded, and the JSON to store (redacted when it held a full number). */
    public record Received(EventEnvelope envelope, byte[] json) {
    }

    /** A Kafka record of a producer topic: its value, its key (the project key) and the topic's one writer. */
    public static EventEnvelope decodeRecord(String topicWriter, String key, byte[] value) {
        return receive(topicWriter, key, value).envelope();
    }

    /**
     * A Kafka record as the consumer keeps it. A full number in any text is redacted first (ID-4, FullPhones):
     * what is stored, folded and published then never holds it; the record itself cannot be unsent.
     */
    public static Received receive(String topicWriter, String key, byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidEventException("", "empty record", null);
        }
        JsonNode tree = tree(value);
        byte[] json = value;
        if (FullPhones.redact(tree)) {
            try {
                json = EventJson.mapper().writeValueAsBytes(tree);
            } catch (IOException e) {
                throw new InvalidEventException("", "not writable after redaction", e);
            }
        }
        EventEnvelope envelope = decode(tree);
        if (!envelope.source().equals(topicWriter)) {
            throw new InvalidEventException("source", envelope.source() + " does not write this topic ("
                    + topicWriter + " does)", null);
        }
        if (key != null && !key.equals(envelope.partitionKey())) {
            throw new InvalidEventException("", "record key '" + key + "' is not the event's project key '"
                    + envelope.partitionKey() + "'", null);
        }
        return new Received(envelope, json);
    }

    /**
     * Whether a record the decoder refused is a fact of the producer topics that the fold has no use for, rather than
     * an error: an erasure of personal data (ADR 0033). The live intake skips such a record instead of dead-lettering
     * it; the fold never held the full number an erasure is about.
     */
    public static boolean skipped(byte[] value) {
        try {
            JsonNode type = value == null ? null : EventJson.mapper().readTree(value).path("eventType");
            return type != null && type.isTextual()
                    && EventTypes.named(type.asText()).map(t -> t.dataClass() == ErasureRequested.class).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    public static EventEnvelope decode(byte[] json) {
        return decode(tree(json));
    }

    private static JsonNode tree(byte[] json) {
        JsonNode tree;
        try {
            tree = EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new InvalidEventException("", "not JSON: " + originalMessage(e), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidEventException("", "empty record", null);
        }
        return tree;
    }

    public static EventEnvelope decode(JsonNode tree) {
        if (!tree.isObject()) {
            throw new InvalidEventException("", "an event is a JSON object", null);
        }
        JsonNode type = tree.get("eventType");
        if (type == null || !type.isTextual()) {
            throw new InvalidEventException("eventType", "required", null);
        }
        EventTypes.Type known = EventTypes.named(type.asText())
                .orElseThrow(() -> new InvalidEventException("eventType", "unknown event type '" + type.asText() + "'", null));
        // master data comes from the registration service too, but on its own topic, and folds nothing (ADR 0014);
        // an erasure (ADR 0033) is for the services that hold personal data, which the fold never does
        if (!INPUT_SOURCES.contains(known.source()) || MasterDataChanged.class.isAssignableFrom(known.dataClass())
                || known.dataClass() == ErasureRequested.class) {
            throw new InvalidEventException("eventType", known.name() + " is not an input of the attribution fold", null);
        }
        JsonNode data = tree.get("data");
        if (data == null || !data.isObject()) {
            throw new InvalidEventException("data", "required: the facts of " + known.name(), null);
        }
        EventEnvelope envelope;
        try {
            envelope = EventJson.fromTree(tree);
        } catch (EventJson.MalformedEventException e) {
            throw translate(e);
        }
        check(envelope, known);
        return envelope;
    }

    private static void check(EventEnvelope envelope, EventTypes.Type type) {
        if (!type.source().equals(envelope.source())) {
            throw new InvalidEventException("source", type.name() + " comes from " + type.source()
                    + ", not " + envelope.source(), null);
        }
        notBlank("eventId", envelope.eventId());
        scopeId("tenantId", envelope.tenantId());
        scopeId("projectId", envelope.projectId());
        businessTime("occurredAt", envelope.occurredAt());
        businessTime("recordedAt", envelope.recordedAt());
        if (envelope.clientKey() != null && !envelope.clientKey().startsWith(envelope.partitionKey() + ":")) {
            throw new InvalidEventException("clientKey", "not a client of project " + envelope.partitionKey(), null);
        }
        identity(envelope.data());
    }

    /** What the fold keys a fact by: without it the fact cannot be placed or deduplicated. */
    private static void identity(EventData data) {
        if (data instanceof Registered r) {
            notBlank("data.registrationId", r.registrationId());
            notBlank("data.channelId", r.channelId());
        } else if (data instanceof Disputed d) {
            notBlank("data.disputeId", d.disputeId());
            notBlank("data.channelId", d.channelId());
            present("data.kind", d.kind());
        } else if (data instanceof Visited v) {
            notBlank("data.visitId", v.visitId());
            present("data.kind", v.kind());
        } else if (data instanceof VisitFormSigned s) {
            notBlank("data.visitId", s.visitId());
            present("data.form", s.form());
        } else if (data instanceof Purchased p) {
            notBlank("data.purchaseId", p.purchaseId());
            present("data.stage", p.stage());
            present("data.unitType", p.unitType());
        } else if (data instanceof PurchaseCancelled c) {
            notBlank("data.purchaseId", c.purchaseId());
        } else if (data instanceof DisputeRuled r) {
            notBlank("data.disputeId", r.disputeId());
            present("data.ownerKind", r.ownerKind());
        } else {
            throw new InvalidEventException("eventType", "not an input of the attribution fold", null);
        }
    }

    /**
     * A tenant or project id as the contracts define it (letters, digits, '.', '_', '-'; at most 64): with no ':',
     * a client key (tenant:project:phone) and a project key belong to exactly one tenant's project.
     */
    private static void scopeId(String field, String value) {
        notBlank(field, value);
        boolean ok = value.length() <= 64 && isLetterOrDigit(value.charAt(0));
        for (int i = 1; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            ok = isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
        }
        if (!ok) {
            throw new InvalidEventException(field, "letters, digits, '.', '_' and '-' only, at most 64", null);
        }
    }

    /**
     * An instant in a real project's life (ADR 0022): the fold turns instants into days of the project's zone, and
     * year 999999999 would overflow there instead of being refused here.
     */
    private static void businessTime(String field, Instant instant) {
        if (instant != null && (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT))) {
            throw new InvalidEventException(field, "must be between 2000-01-01 and 2199-12-31", null);
        }
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field, "required", null);
        }
    }

    private static void present(String field, Object value) {
        if (value == null) {
            throw new InvalidEventException(field, "required", null);
        }
    }

    private static InvalidEventException translate(EventJson.MalformedEventException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new InvalidEventException(path(mapping.getPath()), originalMessage(mapping), e);
        }
        if (cause instanceof NullPointerException npe && npe.getMessage() != null && !npe.getMessage().contains(" ")) {
            // EventEnvelope's constructor names the missing header field
            return new InvalidEventException(npe.getMessage(), "required", e);
        }
        return new InvalidEventException("", e.getMessage(), e);
    }

    /** Jackson's reference chain as a JSON path; facts live under "data", the header at the top. */
    private static String path(List<JsonMappingException.Reference> refs) {
        Object first = refs.get(0).getFrom();
        Class<?> origin = first instanceof Class<?> c ? c : first == null ? Object.class : first.getClass();
        String path = JsonPaths.of(refs);
        if (!EventData.class.isAssignableFrom(origin)) {
            return path;
        }
        return path.isEmpty() || path.startsWith("[") ? "data" + path : "data." + path;
    }

    private static String originalMessage(IOException e) {
        String message = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
