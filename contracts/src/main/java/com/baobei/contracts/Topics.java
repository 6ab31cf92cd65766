package com.baobei.contracts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every topic, declared once: its one writer, its key and its partition count. Producer topics are keyed by
 * project ({@link ClientKeys#projectKey}) so that a project's events, and so every event about one client, share a
 * partition; decision topics are keyed by client key.
 *
 * <p>The facts (registrations, visits) are on two topics shared by all tenants, read only by baobei's services. The
 * decisions, which partners read, are on one topic per tenant, {@code baobei.<tenant>.<suffix>}, so that a PREFIXED
 * ACL on {@link #tenantPrefix} gives a partner one tenant's decisions and nothing else (ADR 0013).
 */
public final class Topics {

    /** Every topic name starts with this. */
    public static final String PREFIX = "baobei.";

    /** A tenant id that can name topics: no '.', so that one tenant's prefix never covers another tenant's topics. */
    private static final Pattern TOPIC_SAFE_TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /**
     * How long the broker keeps a tenant's decisions (verdicts, purchase attributions): a partner can replay a year,
     * with a month to spare. Facts, the latest owner of each client, statements and dead letters are kept for good.
     */
    public static final Duration DECISIONS_KEPT = Duration.ofDays(400);

    /**
     * @param compacted the broker keeps only the latest record per key (the dead-letter twin is never compacted)
     * @param retention how long records are kept; {@code null}: for good
     */
    public record Topic(String name, String writer, String key, int partitions, boolean compacted, Duration retention) {

        public Topic(String name, String writer, String key, int partitions) {
            this(name, writer, key, partitions, false, null);
        }

        public String deadLetter() {
            return name + ".dlt";
        }

        /** The broker settings the platform, the writers and compose create this topic with. */
        public Map<String, String> configs() {
            return Map.of("cleanup.policy", compacted ? "compact" : "delete",
                    "retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis()));
        }

        /** A dead letter waits to be looked at: kept for good, never compacted. */
        public static Map<String, String> deadLetterConfigs() {
            return Map.of("cleanup.policy", "delete", "retention.ms", "-1");
        }
    }

    /** A topic of which every tenant has its own: {@code baobei.<tenant>.<suffix>}. */
    public record TenantTopic(String suffix, String writer, String key, int partitions, boolean compacted,
                              Duration retention) {

        public String name(String tenant) {
            return tenantPrefix(tenant) + suffix;
        }

        public String deadLetter(String tenant) {
            return name(tenant) + ".dlt";
        }

        /** This topic of one tenant, as a plain {@link Topic}. */
        public Topic of(String tenant) {
            return new Topic(name(tenant), writer, key, partitions, compacted, retention);
        }

        /** This topic of every tenant (and not their dead-letter topics): what a pattern subscription reads. */
        public Pattern pattern() {
            return Pattern.compile(Pattern.quote(PREFIX) + "(" + TOPIC_SAFE_TENANT.pattern() + ")\\."
                    + Pattern.quote(suffix));
        }

        /** The tenant whose topic this is, if {@code topic} is this topic of some tenant. */
        public Optional<String> tenantOf(String topic) {
            Matcher m = pattern().matcher(topic);
            return m.matches() && !RESERVED.contains(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
        }
    }

    public static final Topic REGISTRATION_EVENTS =
            new Topic("baobei.registration.events", EventTypes.REGISTRATION_SERVICE, "project key", 6);
    public static final Topic VISIT_EVENTS =
            new Topic("baobei.visit.events", EventTypes.VISIT_SERVICE, "project key", 6);
    /** Each entity's full current state: compacted, so a new reader learns every entity from the topic alone. */
    public static final Topic MASTER_DATA =
            new Topic("baobei.masterdata.events", EventTypes.REGISTRATION_SERVICE, "tenant:kind:id", 3, true, null);
    public static final TenantTopic REGISTRATION_VERDICTS =
            new TenantTopic("attribution.verdicts", EventTypes.ATTRIBUTION_SERVICE, "client key", 6, false,
                    DECISIONS_KEPT);
    /** Compacted: a partner replaying it learns each client's latest owner (each record holds the whole entry). */
    public static final TenantTopic OWNERSHIP =
            new TenantTopic("attribution.ownership", EventTypes.ATTRIBUTION_SERVICE, "client key", 6, true, null);
    public static final TenantTopic PURCHASE_ATTRIBUTIONS =
            new TenantTopic("attribution.purchases", EventTypes.ATTRIBUTION_SERVICE, "project key", 6, false,
                    DECISIONS_KEPT);
    /** Where each dispute stands (DSP-*), republished when that changes; a year's replay, like the other decisions. */
    public static final TenantTopic DISPUTE_OUTCOMES =
            new TenantTopic("attribution.disputes", EventTypes.ATTRIBUTION_SERVICE, "client key", 6, false,
                    DECISIONS_KEPT);
    public static final TenantTopic STATEMENTS =
            new TenantTopic("commission.statements", EventTypes.COMMISSION_SERVICE, "tenant:channel", 3, false,
                    null);

    /**
     * Words that cannot be tenants: the second word of the shared topics ({@code baobei.registration.events} would
     * fall under tenant "registration"'s prefix) and of the single decision topics before ADR 0013.
     */
    private static final Set<String> RESERVED =
            Set.of("registration", "visit", "masterdata", "attribution", "commission");

    private Topics() {
    }

    /** The topics every tenant shares: facts, read only by the services. */
    public static List<Topic> shared() {
        return List.of(REGISTRATION_EVENTS, VISIT_EVENTS, MASTER_DATA);
    }

    /** The topics of which each tenant has its own: decisions, what partners read. */
    public static List<TenantTopic> perTenant() {
        return List.of(REGISTRATION_VERDICTS, OWNERSHIP, PURCHASE_ATTRIBUTIONS, DISPUTE_OUTCOMES, STATEMENTS);
    }

    /** One tenant's own topics. */
    public static List<Topic> ofTenant(String tenant) {
        return perTenant().stream().map(topic -> topic.of(tenant)).toList();
    }

    /** {@code baobei.<tenant>.}: the start of every topic of the tenant and of no other topic. */
    public static String tenantPrefix(String tenant) {
        requireTopicSafe(tenant);
        return PREFIX + tenant + ".";
    }

    /** Whether {@code tenant} can name topics: letters, digits, '_' and '-' (no '.'), not a reserved word. */
    public static boolean isTopicSafe(String tenant) {
        return tenant != null && TOPIC_SAFE_TENANT.matcher(tenant).matches() && !RESERVED.contains(tenant);
    }

    private static void requireTopicSafe(String tenant) {
        if (!isTopicSafe(tenant)) {
            throw new IllegalArgumentException("Tenant id " + tenant + " cannot name Kafka topics: it must match "
                    + TOPIC_SAFE_TENANT.pattern() + " (no '.') and not be one of " + RESERVED + " (ADR 0013)");
        }
    }
}
