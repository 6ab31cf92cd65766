package com.baobei.contracts;

import java.util.List;

/**
 * Every topic, declared once: its one writer, its key and its partition count. Producer topics
 * are keyed by project ({@link ClientKeys#projectKey}) so that a project's events, and so every
 * event about one client, share a partition; decision topics are keyed by client key.
 */
public final class Topics {

    /** @param compacted the broker keeps only the latest record per key (the dead-letter twin is never compacted) */
    public record Topic(String name, String writer, String key, int partitions, boolean compacted) {

        public Topic(String name, String writer, String key, int partitions) {
            this(name, writer, key, partitions, false);
        }

        public String deadLetter() {
            return name + ".dlt";
        }
    }

    public static final Topic REGISTRATION_EVENTS =
            new Topic("baobei.registration.events", EventTypes.REGISTRATION_SERVICE, "project key", 6);
    public static final Topic VISIT_EVENTS =
            new Topic("baobei.visit.events", EventTypes.VISIT_SERVICE, "project key", 6);
    public static final Topic REGISTRATION_VERDICTS =
            new Topic("baobei.attribution.verdicts", EventTypes.ATTRIBUTION_SERVICE, "client key", 6);
    public static final Topic OWNERSHIP =
            new Topic("baobei.attribution.ownership", EventTypes.ATTRIBUTION_SERVICE, "client key", 6);
    public static final Topic PURCHASE_ATTRIBUTIONS =
            new Topic("baobei.attribution.purchases", EventTypes.ATTRIBUTION_SERVICE, "project key", 6);
    public static final Topic STATEMENTS =
            new Topic("baobei.commission.statements", EventTypes.COMMISSION_SERVICE, "channel id", 3);
    /** Each entity's full current state: compacted, so a new reader learns every entity from the topic alone. */
    public static final Topic MASTER_DATA =
            new Topic("baobei.masterdata.events", EventTypes.REGISTRATION_SERVICE, "tenant:kind:id", 3, true);

    private Topics() {
    }

    public static List<Topic> all() {
        return List.of(REGISTRATION_EVENTS, VISIT_EVENTS, REGISTRATION_VERDICTS, OWNERSHIP,
                PURCHASE_ATTRIBUTIONS, STATEMENTS, MASTER_DATA);
    }
}
