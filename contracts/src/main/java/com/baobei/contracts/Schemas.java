package com.baobei.contracts;

/**
 * Where the JSON Schema and the example of each published event type live on the classpath of
 * this jar, so a service's tests (or a partner) can load them without knowing the layout. The
 * example files are also the approval fixtures of the JSON form (ADR 0003).
 */
public final class Schemas {

    /** Prefix of every schema's {@code $id}; the schemas are self-contained, nothing is fetched from it. */
    public static final String ID_PREFIX = "https://baobei.example/schemas/";

    private Schemas() {
    }

    /** Classpath resource of the schema, e.g. {@code schemas/registration.Registered.v1.schema.json}. */
    public static String path(String eventType) {
        return "schemas/" + known(eventType) + ".schema.json";
    }

    /** Classpath resource of the example, e.g. {@code examples/registration.Registered.v1.json}. */
    public static String examplePath(String eventType) {
        return "examples/" + known(eventType) + ".json";
    }

    /** The schema's {@code $id}. */
    public static String id(String eventType) {
        return ID_PREFIX + known(eventType) + ".schema.json";
    }

    private static String known(String eventType) {
        return EventTypes.named(eventType)
                .orElseThrow(() -> new IllegalArgumentException("not a published event type: " + eventType))
                .name();
    }
}
